import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteIcon from '@mui/icons-material/Delete';

interface Props {
  lines: readonly string[];
  readOnly: boolean;
  onChange: (lines: string[]) => void;
}

/** Tembusan: job titles only, ordered by rank (Gubernur first); add, remove, move up or down. */
export function CopyToEditor({ lines, readOnly, onChange }: Props) {
  const set = (index: number, value: string) =>
    onChange(lines.map((l, i) => (i === index ? value : l)));
  const move = (index: number, by: number) => {
    const next = [...lines];
    const [item] = next.splice(index, 1);
    if (item === undefined) return;
    next.splice(index + by, 0, item);
    onChange(next);
  };
  return (
    <Stack spacing={1} role="group" aria-label="Tembusan">
      <Typography variant="subtitle2">Tembusan</Typography>
      {lines.map((line, index) => (
        <Stack key={index} direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
          <Typography sx={{ width: 24 }}>{index + 1}.</Typography>
          <TextField
            size="small"
            fullWidth
            value={line}
            onChange={(e) => set(index, e.target.value)}
            slotProps={{ htmlInput: { 'aria-label': `Tembusan ${index + 1}`, readOnly } }}
          />
          {!readOnly && (
            <>
              <IconButton
                size="small"
                aria-label={`Naikkan tembusan ${index + 1}`}
                disabled={index === 0}
                onClick={() => move(index, -1)}
              >
                <ArrowUpwardIcon fontSize="small" />
              </IconButton>
              <IconButton
                size="small"
                aria-label={`Turunkan tembusan ${index + 1}`}
                disabled={index === lines.length - 1}
                onClick={() => move(index, 1)}
              >
                <ArrowDownwardIcon fontSize="small" />
              </IconButton>
              <IconButton
                size="small"
                aria-label={`Hapus tembusan ${index + 1}`}
                onClick={() => onChange(lines.filter((_l, i) => i !== index))}
              >
                <DeleteIcon fontSize="small" />
              </IconButton>
            </>
          )}
        </Stack>
      ))}
      {!readOnly && (
        <Button
          size="small"
          sx={{ alignSelf: 'flex-start' }}
          onClick={() => onChange([...lines, ''])}
        >
          Tambah tembusan
        </Button>
      )}
    </Stack>
  );
}
