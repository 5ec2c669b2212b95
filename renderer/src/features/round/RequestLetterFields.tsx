import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import type { Control, FieldErrors, UseFormRegister } from 'react-hook-form';
import type { RoundForm } from '@shared/domain/round/round.schema';
import { DateFieldElement } from '../../ui/form-fields';

/** Nomor, tanggal and hal of the ministry's letter that asked for nominations (cited in the surat usulan). */
export function RequestLetterFields({
  register,
  control,
  errors,
}: {
  register: UseFormRegister<RoundForm>;
  control: Control<RoundForm>;
  errors: FieldErrors<RoundForm>;
}) {
  const e = errors.requestLetter;
  return (
    <Box
      sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: 2 }}
    >
      <TextField
        label="Nomor surat Kementerian"
        {...register('requestLetter.number')}
        error={!!e?.number}
        helperText={e?.number?.message}
      />
      <DateFieldElement
        control={control}
        name="requestLetter.date"
        label="Tanggal surat Kementerian"
        emptyAsText
      />
      <TextField
        label="Hal surat Kementerian"
        {...register('requestLetter.hal')}
        error={!!e?.hal}
        helperText={e?.hal?.message ?? 'Dikutip di pembuka surat usulan'}
      />
    </Box>
  );
}
