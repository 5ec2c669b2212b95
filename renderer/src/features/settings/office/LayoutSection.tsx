import type { UseFormReturn } from 'react-hook-form';
import TextField from '@mui/material/TextField';
import type { OfficeProfile } from '@shared/domain/office';
import { textProps } from './field-props';
import { FormSection, SelectField, SwitchField } from './FormControls';

/** Paper, margins and type of the letter (defaults from Permendagri 1/2023, adjustable per region). */
export function LayoutSection({ form }: { form: UseFormReturn<OfficeProfile> }) {
  return (
    <FormSection title="Tata letak surat">
      <SelectField
        form={form}
        name="layout.paper"
        label="Ukuran kertas"
        options={[
          { value: 'A4', label: 'A4 (210 × 297 mm)' },
          { value: 'F4', label: 'F4 (215 × 330 mm)' },
        ]}
      />
      <SelectField
        form={form}
        name="layout.font"
        label="Huruf"
        options={[
          { value: 'sans', label: 'Arimo (setara Arial)' },
          { value: 'serif', label: 'Tinos (setara Times New Roman)' },
        ]}
      />
      <SelectField
        form={form}
        name="layout.fontSize"
        label="Ukuran huruf"
        options={[
          { value: 11, label: '11 pt' },
          { value: 12, label: '12 pt' },
        ]}
      />
      <TextField
        label="Spasi baris"
        type="number"
        {...textProps(form, 'layout.lineSpacing', {
          number: true,
          step: 0.05,
          helperText: '1,0 sampai 1,5',
        })}
      />
      <TextField
        label="Margin atas (cm, halaman 2 dst.)"
        type="number"
        {...textProps(form, 'layout.marginsCm.top', { number: true, step: 0.1 })}
      />
      <TextField
        label="Margin bawah (cm)"
        type="number"
        {...textProps(form, 'layout.marginsCm.bottom', { number: true, step: 0.1 })}
      />
      <TextField
        label="Margin kiri (cm)"
        type="number"
        {...textProps(form, 'layout.marginsCm.left', { number: true, step: 0.1 })}
      />
      <TextField
        label="Margin kanan (cm)"
        type="number"
        {...textProps(form, 'layout.marginsCm.right', { number: true, step: 0.1 })}
      />
      <SelectField
        form={form}
        name="layout.ruleStyle"
        label="Garis kop"
        options={[
          { value: 'double', label: 'Ganda (tebal-tipis)' },
          { value: 'single', label: 'Tunggal' },
        ]}
      />
      <SelectField
        form={form}
        name="copyToStyle"
        label="Gaya tembusan"
        options={[
          { value: 'standard', label: 'Tembusan: (bernomor)' },
          { value: 'yth-semicolon', label: 'Tembusan Yth.: (diakhiri titik koma)' },
        ]}
      />
      <SwitchField form={form} name="layout.firstLineIndent" label="Inden baris pertama paragraf" />
      <SwitchField
        form={form}
        name="layout.underlineSignerName"
        label="Garis bawah nama penanda tangan"
      />
      <SwitchField
        form={form}
        name="layout.leadingZeroDay"
        label="Nol di depan tanggal (05 Mei 2024)"
      />
    </FormSection>
  );
}
