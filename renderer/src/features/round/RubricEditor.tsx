import {
  useFieldArray,
  type Control,
  type FieldErrors,
  type UseFormRegister,
} from 'react-hook-form';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import type { RoundForm } from '@shared/domain/round/round.schema';

interface Props {
  control: Control<RoundForm>;
  register: UseFormRegister<RoundForm>;
  errors: FieldErrors<RoundForm>;
}

/** Advisory scoring rubric (versioned data, never a gate). Rendered only when the round has one. */
export function RubricEditor({ control, register, errors }: Props) {
  const { fields, append, remove } = useFieldArray({ control, name: 'rubric.criteria' });
  const e = errors.rubric;
  return (
    <Stack spacing={1.5}>
      <TextField
        size="small"
        label="Versi rubrik"
        sx={{ maxWidth: 240 }}
        {...register('rubric.version')}
        error={!!e?.version}
        helperText={e?.version?.message}
      />
      {fields.map((field, i) => {
        const ce = e?.criteria?.[i];
        return (
          <Box
            key={field.id}
            sx={{
              display: 'grid',
              gridTemplateColumns: '2fr 1fr 0.8fr auto',
              gap: 1,
              alignItems: 'start',
            }}
          >
            <TextField
              size="small"
              label="Kriteria"
              {...register(`rubric.criteria.${i}.label`)}
              error={!!ce?.label}
              helperText={ce?.label?.message}
            />
            <TextField
              size="small"
              label="Kode"
              {...register(`rubric.criteria.${i}.id`)}
              error={!!ce?.id}
              helperText={ce?.id?.message}
            />
            <TextField
              size="small"
              type="number"
              label="Bobot"
              {...register(`rubric.criteria.${i}.weight`, { valueAsNumber: true })}
              error={!!ce?.weight}
              helperText={ce?.weight?.message}
            />
            <IconButton aria-label={`Hapus kriteria ${i + 1}`} onClick={() => remove(i)}>
              <DeleteOutlinedIcon />
            </IconButton>
          </Box>
        );
      })}
      <Box>
        <Button
          size="small"
          startIcon={<AddIcon />}
          onClick={() => append({ id: `kriteria-${fields.length + 1}`, label: '', weight: 0 })}
        >
          Tambah kriteria
        </Button>
      </Box>
    </Stack>
  );
}
