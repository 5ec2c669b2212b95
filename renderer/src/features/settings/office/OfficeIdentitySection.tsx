import { useWatch, type UseFormReturn } from 'react-hook-form';
import TextField from '@mui/material/TextField';
import type { OfficeProfile } from '@shared/domain/office';
import { errorAt, textProps } from './field-props';
import { FormSection, SelectField } from './FormControls';
import { RegionPickerField, type RegionChoice } from './RegionPickerField';
import { followSignerJobTitle, headOfDinas } from './signer-job-title';

const LEVELS = [
  { value: 'provinsi', label: 'Provinsi' },
  { value: 'kabupaten', label: 'Kabupaten' },
  { value: 'kota', label: 'Kota' },
] as const;

/** Tingkat, wilayah, nama pemda dan dinas, alamat dan kontak untuk kop surat. */
export function OfficeIdentitySection({ form }: { form: UseFormReturn<OfficeProfile> }) {
  const level = useWatch({ control: form.control, name: 'level' });
  const regionCode = useWatch({ control: form.control, name: 'regionCode' });
  const pick = (choice: RegionChoice | undefined) => {
    const opts = { shouldValidate: form.formState.isSubmitted, shouldDirty: true };
    form.setValue('regionCode', choice?.code ?? '', opts);
    form.setValue('provinceName', choice?.provinceName ?? '', opts);
    const regionName = choice
      ? level === 'provinsi'
        ? `Provinsi ${choice.name}`
        : choice.name
      : '';
    const previousRegionName = form.getValues('regionName');
    form.setValue('regionName', regionName, opts);
    if (choice) {
      const pemda =
        level === 'provinsi' ? `PEMERINTAH PROVINSI ${choice.name}` : `PEMERINTAH ${choice.name}`;
      form.setValue('pemdaLine', pemda.toUpperCase(), opts);
      form.setValue('headTitle', headOfDinas(regionName).toUpperCase(), opts);
      const jobTitle = form.getValues('signer.jobTitle');
      const next = followSignerJobTitle(jobTitle, previousRegionName, regionName);
      if (next !== jobTitle) form.setValue('signer.jobTitle', next, opts);
    }
  };
  return (
    <FormSection
      title="Instansi dan kop surat"
      description="Baris kop surat halaman pertama. Perubahan hanya berlaku untuk surat baru dan konsep; surat final tidak berubah."
    >
      <SelectField form={form} name="level" label="Tingkat pemerintahan" options={LEVELS} />
      <div />
      <RegionPickerField
        level={level}
        value={regionCode}
        error={errorAt(form, 'regionCode')?.message ?? errorAt(form, 'regionName')?.message}
        onChange={pick}
      />
      <TextField
        label="Baris pemerintah daerah"
        {...textProps(form, 'pemdaLine', {
          helperText: 'Misalnya PEMERINTAH PROVINSI KALIMANTAN SELATAN',
        })}
      />
      <TextField label="Nama dinas" {...textProps(form, 'officeName')} />
      <TextField label="Jabatan kepala dinas (judul lampiran)" {...textProps(form, 'headTitle')} />
      <TextField
        label="Kepala dinas provinsi (baris tembusan)"
        {...textProps(form, 'provinceOfficeTitle', {
          helperText:
            'Misalnya Kepala Dinas Perindustrian dan Perdagangan Provinsi Jawa Tengah; kosong: Kepala Dinas Perindustrian Provinsi …',
        })}
      />
      <TextField label="Alamat" {...textProps(form, 'address')} />
      <TextField label="Kota tempat surat (baris tanggal)" {...textProps(form, 'city')} />
      <TextField label="Telepon" {...textProps(form, 'phone')} />
      <TextField label="Faksimile" {...textProps(form, 'fax')} />
      <TextField label="Laman" {...textProps(form, 'website')} />
      <TextField label="Pos-el" {...textProps(form, 'email')} />
      <TextField label="Kode pos" {...textProps(form, 'postalCode')} />
    </FormSection>
  );
}
