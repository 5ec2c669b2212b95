import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import type { Nomination } from '@shared/domain/nomination/nomination';
import { DateFieldElement } from '../../../ui/form-fields';
import { nominationDetailsSchema, type NominationDetails } from './nomination-details.schema';
import { errorText } from '../../../ui/error-text';

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

export interface NominationDetailsFormProps {
  nomination: Nomination;
  onSave: (values: NominationDetails) => Promise<void>;
}

/** Product sample sent (date, receipt number), notes, portal entry reference and override note. */
export function NominationDetailsForm({ nomination, onSave }: NominationDetailsFormProps) {
  const initial: NominationDetails = {
    sample: { ...nomination.sample },
    notes: nomination.notes,
    ...(nomination.portalReference !== undefined
      ? { portalReference: nomination.portalReference }
      : {}),
    ...(nomination.overrideNote !== undefined ? { overrideNote: nomination.overrideNote } : {}),
  };
  const { control, register, handleSubmit, formState, reset } = useForm<NominationDetails>({
    resolver: zodResolver(nominationDetailsSchema),
    defaultValues: initial,
  });
  const [result, setResult] = useState<{ ok: boolean; text: string }>();
  const e = formState.errors;
  const submit = handleSubmit(async (values) => {
    try {
      await onSave(values);
      reset(values);
      setResult({ ok: true, text: 'Tersimpan' });
    } catch (err) {
      setResult({ ok: false, text: errorText(err) });
    }
  });
  return (
    <Box
      component="form"
      noValidate
      aria-label="Data usulan"
      onSubmit={(ev) => void submit(ev)}
      sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))', gap: 2 }}
    >
      <DateFieldElement control={control} name="sample.sentOn" label="Tanggal kirim sampel" />
      <TextField
        label="Nomor resi sampel"
        {...register('sample.receiptNumber', { setValueAs: blankToUndefined })}
        error={!!e.sample?.receiptNumber}
        helperText={e.sample?.receiptNumber?.message}
      />
      <TextField
        label="Nomor pendaftaran portal"
        {...register('portalReference', { setValueAs: blankToUndefined })}
        error={!!e.portalReference}
        helperText={e.portalReference?.message}
      />
      <TextField
        label="Catatan"
        multiline
        minRows={2}
        {...register('notes')}
        error={!!e.notes}
        helperText={e.notes?.message}
        sx={{ gridColumn: '1 / -1' }}
      />
      <TextField
        label="Alasan pengecualian"
        multiline
        {...register('overrideNote', { setValueAs: blankToUndefined })}
        error={!!e.overrideNote}
        helperText={
          e.overrideNote?.message ?? 'Diisi bila usulan diteruskan meski ada kekurangan wajib'
        }
        sx={{ gridColumn: '1 / -1' }}
      />
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center' }}>
        <Button
          type="submit"
          variant="contained"
          disabled={formState.isSubmitting || !formState.isDirty}
        >
          Simpan data usulan
        </Button>
        {result ? <Alert severity={result.ok ? 'success' : 'error'}>{result.text}</Alert> : null}
      </Box>
    </Box>
  );
}
