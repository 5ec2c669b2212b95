import { useFieldArray, useWatch, type UseFormReturn } from 'react-hook-form';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import DeleteIcon from '@mui/icons-material/Delete';
import { formatLetterNumber } from '@shared/domain/letter';
import type { OfficeProfile } from '@shared/domain/office';
import { errorAt, textProps } from './field-props';
import { FormSection } from './FormControls';

/** Number template, unit code, TTE anchor and the editable classification code list. */
export function NumberingSection({ form }: { form: UseFormReturn<OfficeProfile> }) {
  const codes = useFieldArray({ control: form.control, name: 'classificationCodes' });
  const [template, unit, first] = useWatch({
    control: form.control,
    name: ['numberTemplate', 'unitCode', 'classificationCodes.0.code'],
  });
  const example = formatLetterNumber(template || '{urut}', {
    kode: first ?? '500.9',
    urut: 12,
    unit: unit ?? '',
    tahun: new Date().getFullYear(),
  });
  const listError = errorAt(form, 'classificationCodes')?.message;
  return (
    <FormSection
      title="Penomoran dan TTE"
      description="Nomor diambil dari buku agenda surat keluar saat surat difinalkan; urutan per tahun, tidak pernah dipakai ulang."
    >
      <TextField
        label="Pola nomor surat"
        {...textProps(form, 'numberTemplate', {
          helperText: `Token {kode} {urut} {unit} {tahun}. Contoh: ${example}`,
        })}
      />
      <TextField
        label="Kode unit"
        {...textProps(form, 'unitCode', { helperText: 'Misalnya Disperin' })}
      />
      <TextField
        label="Teks jangkar TTE"
        {...textProps(form, 'tteAnchor', {
          helperText: 'Diletakkan di kotak tanda tangan varian siap TTE',
        })}
      />
      <div />
      <Stack spacing={1} sx={{ gridColumn: '1 / -1' }} aria-label="Kode klasifikasi arsip">
        <Typography variant="subtitle2">Kode klasifikasi arsip</Typography>
        {codes.fields.map((field, index) => (
          <Stack key={field.id} direction="row" spacing={1}>
            <TextField
              label="Kode"
              sx={{ maxWidth: 160 }}
              {...textProps(form, `classificationCodes.${index}.code`)}
            />
            <TextField
              label="Nama klasifikasi"
              {...textProps(form, `classificationCodes.${index}.label`)}
            />
            <IconButton
              aria-label={`Hapus kode ${index + 1}`}
              onClick={() => codes.remove(index)}
              disabled={codes.fields.length <= 1}
            >
              <DeleteIcon />
            </IconButton>
          </Stack>
        ))}
        {listError && <Typography color="error">{listError}</Typography>}
        <Button
          sx={{ alignSelf: 'flex-start' }}
          onClick={() => codes.append({ code: '', label: '' })}
        >
          Tambah kode klasifikasi
        </Button>
      </Stack>
    </FormSection>
  );
}
