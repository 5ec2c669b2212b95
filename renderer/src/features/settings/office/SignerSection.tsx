import { Controller, useWatch, type UseFormReturn } from 'react-hook-form';
import TextField from '@mui/material/TextField';
import type { OfficeProfile } from '@shared/domain/office';
import { formatNip, nipProblems, normaliseNip } from '@shared/text/nip';
import { errorAt, textProps } from './field-props';
import { FormSection, SelectField } from './FormControls';

const AUTHORITIES = [
  { value: 'none', label: 'Kepala dinas sendiri' },
  { value: 'a.n.', label: 'a.n. (atas nama)' },
  { value: 'Plt.', label: 'Plt. (pelaksana tugas)' },
  { value: 'Plh.', label: 'Plh. (pelaksana harian)' },
] as const;

/** While typing: digits grouped 8-6-1-3 as they come. */
function groupNipDigits(input: string): string {
  const d = normaliseNip(input).slice(0, 18);
  return [d.slice(0, 8), d.slice(8, 14), d.slice(14, 15), d.slice(15)]
    .filter((p) => p !== '')
    .join(' ');
}

export function SignerSection({ form }: { form: UseFormReturn<OfficeProfile> }) {
  const authority = useWatch({ control: form.control, name: 'signer.authority' });
  return (
    <FormSection
      title="Penanda tangan"
      description="Perubahan berlaku untuk surat baru dan konsep; surat final menyimpan penanda tangan saat difinalkan."
    >
      <SelectField form={form} name="signer.authority" label="Kewenangan" options={AUTHORITIES} />
      {authority === 'a.n.' ? (
        <TextField
          label="Baris a.n."
          {...textProps(form, 'signer.authorityLine', {
            helperText: 'Misalnya a.n. KEPALA DINAS PERINDUSTRIAN',
          })}
        />
      ) : (
        <div />
      )}
      <TextField label="Jabatan penanda tangan" {...textProps(form, 'signer.jobTitle')} />
      <TextField label="Nama lengkap dan gelar" {...textProps(form, 'signer.name')} />
      <TextField
        label="Pangkat/golongan"
        {...textProps(form, 'signer.rank', { helperText: 'Misalnya Pembina Utama Muda (IV/c)' })}
      />
      <Controller
        control={form.control}
        name="signer.nip"
        render={({ field }) => {
          const digits = normaliseNip(field.value);
          const live = digits.length === 0 ? undefined : nipProblems(digits)[0];
          const error = errorAt(form, 'signer.nip')?.message;
          const shown = digits.length === 18 ? formatNip(digits) : groupNipDigits(field.value);
          return (
            <TextField
              label="NIP"
              size="small"
              fullWidth
              id="f-signer-nip"
              value={shown}
              slotProps={{ htmlInput: { inputMode: 'numeric' } }}
              onChange={(e) => field.onChange(normaliseNip(e.target.value).slice(0, 18))}
              onBlur={field.onBlur}
              error={!!(live ?? error)}
              helperText={
                live ??
                error ??
                (digits.length === 18
                  ? `Tertulis di surat: NIP ${formatNip(digits)}`
                  : '18 digit, dikelompokkan 8-6-1-3')
              }
            />
          );
        }}
      />
    </FormSection>
  );
}
