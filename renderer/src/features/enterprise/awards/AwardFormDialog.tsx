import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { STAR_SCALES, type AwardRecord } from '@shared/domain/award/award';
import { NumberFieldElement, TextFieldElement } from '../../../ui/form-fields';
import { applySaveError } from '../../../ui/save-error';
import { useRepositories } from '../../../db';
import {
  awardFormSchema,
  awardInputOf,
  type AwardForm,
  type AwardInput,
} from './award-form.schema';

/** Add or edit one earlier star award (riwayat bintang OVOP) of an IKM. */
export function AwardFormDialog({
  enterpriseId,
  award,
  onClose,
}: {
  enterpriseId: string;
  award: AwardRecord | undefined;
  onClose: (saved: boolean) => void;
}) {
  const repos = useRepositories();
  const { control, handleSubmit, setError, formState } = useForm<AwardInput, unknown, AwardForm>({
    resolver: zodResolver(awardFormSchema),
    defaultValues: awardInputOf(enterpriseId, award),
  });
  const [banner, setBanner] = useState<string | undefined>();

  const onSubmit = handleSubmit(async (values) => {
    const { awards } = repos.enterprises;
    try {
      if (award) await awards.update(award.id, values, award.updatedAt);
      else await awards.create(values);
      onClose(true);
    } catch (error) {
      setBanner(applySaveError(error, setError));
    }
  });

  return (
    <Dialog
      open
      onClose={() => onClose(false)}
      maxWidth="sm"
      fullWidth
      aria-labelledby="award-title"
    >
      <Box component="form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <DialogTitle id="award-title">
          {award ? 'Ubah penghargaan' : 'Tambah penghargaan'}
        </DialogTitle>
        <DialogContent sx={{ display: 'grid', gap: 2, pt: '8px !important' }}>
          {banner ? <Alert severity="error">{banner}</Alert> : null}
          <TextFieldElement
            control={control}
            name="productName"
            label="Nama produk *"
            autoFocus
            helperText="Produk yang mendapat bintang, seperti tertulis pada piagam"
          />
          <Box
            sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr 1fr' }, gap: 2 }}
          >
            <NumberFieldElement control={control} name="year" label="Tahun *" />
            <Controller
              control={control}
              name="scale"
              render={({ field, fieldState }) => (
                <TextField
                  select
                  label="Skala bintang *"
                  name={field.name}
                  inputRef={field.ref}
                  value={String(field.value)}
                  onChange={(e) => field.onChange(Number(e.target.value))}
                  onBlur={field.onBlur}
                  error={fieldState.error !== undefined}
                  helperText={fieldState.error?.message}
                >
                  {STAR_SCALES.map((s) => (
                    <MenuItem key={s} value={String(s)}>
                      {`Skala 1–${s}`}
                    </MenuItem>
                  ))}
                </TextField>
              )}
            />
            <NumberFieldElement control={control} name="stars" label="Jumlah bintang *" />
          </Box>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => onClose(false)}>Batal</Button>
          <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
            Simpan penghargaan
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
