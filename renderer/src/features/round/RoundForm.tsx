import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import {
  roundFormSchema,
  type RoundForm as RoundFormValues,
} from '@shared/domain/round/round.schema';
import { withoutBlankRequestLetter } from '@shared/domain/round/round';
import { DateFieldElement } from '../../ui/form-fields';
import { ChecklistEditor } from './ChecklistEditor';
import { RequestLetterFields } from './RequestLetterFields';
import { RubricEditor } from './RubricEditor';
import { errorText } from '../../ui/error-text';

export interface RoundFormProps {
  initial: RoundFormValues;
  onSubmit: (values: RoundFormValues) => Promise<void>;
  onCancel: () => void;
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" sx={{ mb: 2 }}>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

/** Edits a round's settings; every message comes from the domain schema. */
export function RoundForm({ initial, onSubmit, onCancel }: RoundFormProps) {
  const { control, register, handleSubmit, formState, setValue, watch } = useForm<RoundFormValues>({
    resolver: zodResolver(roundFormSchema),
    // The ministry's letter may be unknown yet: its fields start empty ('' is the schema's "not yet").
    defaultValues: {
      ...initial,
      requestLetter: { number: '', date: '', hal: '', ...initial.requestLetter },
    },
  });
  const [saveError, setSaveError] = useState<string>();
  const errors = formState.errors;
  const hasRubric = watch('rubric') !== undefined;

  const submit = handleSubmit(async (values) => {
    setSaveError(undefined);
    try {
      await onSubmit(withoutBlankRequestLetter(values));
    } catch (e) {
      setSaveError(errorText(e));
    }
  });

  const num = (
    name:
      | 'year'
      | 'quota.minSentraPerKabKota'
      | 'quota.minEnterprisePerKabKota'
      | 'requiredPhotos'
      | 'minMonthsProducedPerYear',
  ) => register(name, { valueAsNumber: true });

  return (
    <Box
      component="form"
      noValidate
      onSubmit={(e) => void submit(e)}
      aria-label="Pengaturan periode"
    >
      <Stack spacing={2}>
        <Section title="Periode dan masa usulan">
          <Box
            sx={{
              display: 'grid',
              gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))',
              gap: 2,
            }}
          >
            <TextField
              label="Nama periode"
              {...register('name')}
              error={!!errors.name}
              helperText={errors.name?.message}
            />
            <TextField
              label="Tahun"
              type="number"
              {...num('year')}
              error={!!errors.year}
              helperText={errors.year?.message}
            />
            <DateFieldElement control={control} name="opensOn" label="Tanggal pembukaan usulan" />
            <DateFieldElement control={control} name="closesOn" label="Tanggal penutupan usulan" />
            <Controller
              control={control}
              name="starScale"
              render={({ field }) => (
                <TextField
                  select
                  label="Skala bintang"
                  value={field.value}
                  onChange={(e) => field.onChange(Number(e.target.value))}
                  inputRef={field.ref}
                >
                  <MenuItem value={5}>Bintang 1–5</MenuItem>
                  <MenuItem value={3}>Bintang 1–3</MenuItem>
                </TextField>
              )}
            />
          </Box>
        </Section>
        <Section title="Surat Kementerian yang meminta usulan">
          <RequestLetterFields register={register} control={control} errors={errors} />
        </Section>
        <Section title="Kuota dan ketentuan per kabupaten/kota">
          <Box
            sx={{
              display: 'grid',
              gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))',
              gap: 2,
            }}
          >
            <TextField
              label="Kuota minimal sentra"
              type="number"
              {...num('quota.minSentraPerKabKota')}
              error={!!errors.quota?.minSentraPerKabKota}
              helperText={errors.quota?.minSentraPerKabKota?.message}
            />
            <TextField
              label="Kuota minimal IKM"
              type="number"
              {...num('quota.minEnterprisePerKabKota')}
              error={!!errors.quota?.minEnterprisePerKabKota}
              helperText={errors.quota?.minEnterprisePerKabKota?.message}
            />
            <TextField
              label="Jumlah foto wajib"
              type="number"
              {...num('requiredPhotos')}
              error={!!errors.requiredPhotos}
              helperText={errors.requiredPhotos?.message}
            />
            <TextField
              label="Bulan produksi minimal per tahun"
              type="number"
              {...num('minMonthsProducedPerYear')}
              error={!!errors.minMonthsProducedPerYear}
              helperText={errors.minMonthsProducedPerYear?.message}
            />
          </Box>
        </Section>
        <Section title="Persyaratan dokumen per komoditas">
          <ChecklistEditor control={control} register={register} errors={errors} />
        </Section>
        <Section title="Rubrik penilaian (saran)">
          <FormControlLabel
            control={
              <Switch
                checked={hasRubric}
                onChange={(e) =>
                  setValue(
                    'rubric',
                    e.target.checked ? { version: '1', criteria: [] } : undefined,
                    { shouldDirty: true },
                  )
                }
              />
            }
            label="Gunakan rubrik penilaian (hanya saran, tidak menghalangi usulan)"
          />
          {hasRubric ? (
            <RubricEditor control={control} register={register} errors={errors} />
          ) : null}
        </Section>
        {saveError ? <Alert severity="error">{saveError}</Alert> : null}
        {Object.keys(errors).length > 0 ? (
          <Alert severity="warning">Periksa kembali isian yang ditandai merah.</Alert>
        ) : null}
        <Box sx={{ display: 'flex', gap: 1 }}>
          <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
            Simpan periode
          </Button>
          <Button onClick={onCancel}>Batal</Button>
        </Box>
      </Stack>
    </Box>
  );
}
