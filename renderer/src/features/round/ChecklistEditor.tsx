import { useState } from 'react';
import {
  Controller,
  useFieldArray,
  type Control,
  type UseFormRegister,
  type FieldErrors,
} from 'react-hook-form';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import { COMMODITIES, type Commodity } from '@shared/domain/common/commodity';
import { commodityLabel } from '@shared/nomination-view/nomination-rows';
import {
  CREDENTIAL_KIND_LABELS,
  CREDENTIAL_KINDS,
} from '@shared/domain/credential/credential.schema';
import type { ChecklistItemKind, RoundForm } from '@shared/domain/round/round.schema';

const KIND_OPTIONS: { value: ChecklistItemKind; label: string }[] = [
  { value: 'photo', label: 'Foto' },
  { value: 'document', label: 'Dokumen' },
  ...CREDENTIAL_KINDS.map((k) => ({ value: k, label: `Legalitas: ${CREDENTIAL_KIND_LABELS[k]}` })),
];

interface Props {
  control: Control<RoundForm>;
  register: UseFormRegister<RoundForm>;
  errors: FieldErrors<RoundForm>;
}

function CommodityChecklist({
  commodity,
  control,
  register,
  errors,
}: Props & { commodity: Commodity }) {
  const { fields, append, remove } = useFieldArray({
    control,
    name: `documentChecklist.${commodity}`,
  });
  const itemErrors = errors.documentChecklist?.[commodity];
  return (
    <Stack spacing={1.5} sx={{ mt: 2 }}>
      {fields.length === 0 ? (
        <Typography color="text.secondary">
          Tidak ada persyaratan dokumen untuk komoditas ini.
        </Typography>
      ) : null}
      {fields.map((field, i) => {
        const e = Array.isArray(itemErrors) ? itemErrors[i] : undefined;
        return (
          <Box
            key={field.id}
            sx={{
              display: 'grid',
              gridTemplateColumns: '2fr 1fr 1.6fr 0.8fr auto',
              gap: 1,
              alignItems: 'start',
            }}
          >
            <TextField
              size="small"
              label="Nama persyaratan"
              {...register(`documentChecklist.${commodity}.${i}.label`)}
              error={!!e?.label}
              helperText={e?.label?.message}
            />
            <TextField
              size="small"
              label="Kode"
              {...register(`documentChecklist.${commodity}.${i}.id`)}
              error={!!e?.id}
              helperText={e?.id?.message}
            />
            <Controller
              control={control}
              name={`documentChecklist.${commodity}.${i}.kind`}
              render={({ field: f }) => (
                <TextField
                  size="small"
                  select
                  label="Jenis"
                  value={f.value}
                  onChange={f.onChange}
                  onBlur={f.onBlur}
                  inputRef={f.ref}
                >
                  {KIND_OPTIONS.map((o) => (
                    <MenuItem key={o.value} value={o.value}>
                      {o.label}
                    </MenuItem>
                  ))}
                </TextField>
              )}
            />
            <TextField
              size="small"
              type="number"
              label="Jumlah minimal"
              {...register(`documentChecklist.${commodity}.${i}.minCount`, { valueAsNumber: true })}
              error={!!e?.minCount}
              helperText={e?.minCount?.message}
            />
            <IconButton aria-label={`Hapus persyaratan ${i + 1}`} onClick={() => remove(i)}>
              <DeleteOutlinedIcon />
            </IconButton>
          </Box>
        );
      })}
      <Box>
        <Button
          size="small"
          startIcon={<AddIcon />}
          onClick={() =>
            append({ id: `syarat-${fields.length + 1}`, label: '', kind: 'document', minCount: 1 })
          }
        >
          Tambah persyaratan
        </Button>
      </Box>
    </Stack>
  );
}

/** The round's document checklist, one tab per commodity. */
export function ChecklistEditor(props: Props) {
  const [commodity, setCommodity] = useState<Commodity>('makanan-minuman');
  return (
    <Box>
      <Tabs
        value={commodity}
        onChange={(_e, v: Commodity) => setCommodity(v)}
        variant="scrollable"
        aria-label="Komoditas"
      >
        {COMMODITIES.map((c) => (
          <Tab key={c} value={c} label={commodityLabel(c)} />
        ))}
      </Tabs>
      <CommodityChecklist key={commodity} commodity={commodity} {...props} />
    </Box>
  );
}
