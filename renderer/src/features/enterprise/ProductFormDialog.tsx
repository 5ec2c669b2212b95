import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { COMMODITIES, COMMODITY_LABELS } from '@shared/domain/common/commodity';
import {
  CAPACITY_PERIOD_LABELS,
  CAPACITY_PERIODS,
  productFormSchema,
  type Product,
  type ProductForm,
} from '@shared/domain/product/product';
import {
  CheckboxElement,
  NumberFieldElement,
  SelectElement,
  TextFieldElement,
} from '../../ui/form-fields';
import { applySaveError } from '../../ui/save-error';
import { useRepositories } from '../../db';
import { destinationsFromText, productInputOf, type ProductInput } from './enterprise-editor';

const commodityOptions = COMMODITIES.map((c) => ({
  value: c,
  label: c === 'lainnya' ? 'lainnya (di luar lima komoditi OVOP)' : COMMODITY_LABELS[c],
}));
const periodOptions = CAPACITY_PERIODS.map((p) => ({ value: p, label: CAPACITY_PERIOD_LABELS[p] }));
const grid = (cols: string) =>
  ({ display: 'grid', gridTemplateColumns: { xs: '1fr', md: cols }, gap: 2 }) as const;

export function ProductFormDialog({
  enterpriseId,
  product,
  onClose,
}: {
  enterpriseId: string;
  product: Product | undefined;
  onClose: (saved: boolean) => void;
}) {
  const repos = useRepositories();
  const { control, handleSubmit, setError, formState } = useForm<
    ProductInput,
    unknown,
    ProductForm
  >({
    resolver: zodResolver(productFormSchema),
    defaultValues: productInputOf(enterpriseId, product),
  });
  const [banner, setBanner] = useState<string | undefined>();
  const exporting = useWatch({ control, name: 'market.export' });

  const onSubmit = handleSubmit(async (values) => {
    const { products } = repos.enterprises;
    try {
      if (product) await products.update(product.id, values, product.updatedAt);
      else await products.create(values);
      onClose(true);
    } catch (error) {
      setBanner(applySaveError(error, setError));
    }
  });

  return (
    <Dialog
      open
      onClose={() => onClose(false)}
      maxWidth="md"
      fullWidth
      aria-labelledby="product-title"
    >
      <Box component="form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <DialogTitle id="product-title">{product ? 'Ubah produk' : 'Tambah produk'}</DialogTitle>
        <DialogContent sx={{ display: 'grid', gap: 2, pt: '8px !important' }}>
          {banner ? <Alert severity="error">{banner}</Alert> : null}
          <Box sx={grid('2fr 1fr')}>
            <TextFieldElement control={control} name="name" label="Nama produk *" autoFocus />
            <SelectElement
              control={control}
              name="commodity"
              label="Komoditi *"
              options={commodityOptions}
            />
          </Box>
          <TextFieldElement
            control={control}
            name="uniquenessStory"
            label="Keunikan produk"
            multiline
            minRows={3}
            helperText="Motif, desain, teknik, keterampilan, atau bahan baku yang berakar pada kearifan lokal"
          />
          <Box sx={grid('2fr 1fr')}>
            <TextFieldElement control={control} name="rawMaterials" label="Bahan baku" />
            <NumberFieldElement
              control={control}
              name="localRawMaterialSharePercent"
              label="Bahan baku lokal (%)"
            />
          </Box>
          <Typography variant="h3">Kapasitas dan kontinuitas</Typography>
          <Box sx={grid('1fr 1fr 1fr 1fr')}>
            <NumberFieldElement control={control} name="capacity.value" label="Kapasitas *" />
            <TextFieldElement
              control={control}
              name="capacity.unit"
              label="Satuan *"
              placeholder="mis. kg, lembar"
            />
            <SelectElement
              control={control}
              name="capacity.period"
              label="Periode *"
              options={periodOptions}
            />
            <NumberFieldElement
              control={control}
              name="monthsProducedPerYear"
              label="Bulan produksi/tahun"
            />
          </Box>
          <Typography variant="h3">Jangkauan pasar</Typography>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
            <CheckboxElement control={control} name="market.local" label="Lokal" />
            <CheckboxElement control={control} name="market.regional" label="Regional" />
            <CheckboxElement control={control} name="market.national" label="Nasional" />
            <CheckboxElement control={control} name="market.export" label="Ekspor" />
          </Box>
          {exporting ? (
            <Controller
              control={control}
              name="market.exportDestinations"
              render={({ field, fieldState }) => (
                <TextField
                  label="Negara tujuan ekspor *"
                  defaultValue={(field.value ?? []).join(', ')}
                  onChange={(e) => field.onChange(destinationsFromText(e.target.value))}
                  onBlur={field.onBlur}
                  error={fieldState.error !== undefined}
                  helperText={
                    fieldState.error?.message ?? 'Pisahkan dengan koma, mis. Jepang, Belanda'
                  }
                />
              )}
            />
          ) : null}
          <Typography variant="h3">Kisaran harga (Rp)</Typography>
          <Box sx={grid('1fr 1fr')}>
            <NumberFieldElement control={control} name="priceMin" label="Harga terendah *" />
            <NumberFieldElement control={control} name="priceMax" label="Harga tertinggi *" />
          </Box>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => onClose(false)}>Batal</Button>
          <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
            Simpan produk
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
