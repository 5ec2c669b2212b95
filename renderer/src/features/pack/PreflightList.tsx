import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useNavigate } from 'react-router';
import type { PackProblem } from '@shared/pack/preflight';

export interface PreflightListProps {
  problems: readonly PackProblem[];
  fixing: string | null;
  onShrink: (attachmentId: string, targetBytes: number) => void;
}

/** Pre-flight result: every problem with the fix the page can offer (shrink a photo, open a page). */
export function PreflightList({ problems, fixing, onShrink }: PreflightListProps) {
  const navigate = useNavigate();
  if (problems.length === 0) {
    return (
      <Alert severity="success">
        Semua berkas memenuhi batas portal (ukuran dan jenis berkas).
      </Alert>
    );
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  return (
    <>
      <Typography variant="subtitle2" sx={{ mb: 0.5 }}>
        Pemeriksaan sebelum kirim: {errors} masalah harus diperbaiki, {problems.length - errors}{' '}
        peringatan
      </Typography>
      <List
        dense
        aria-label="Masalah paket"
        sx={{ border: 1, borderColor: 'divider', borderRadius: 1 }}
      >
        {problems.map((p, i) => (
          <ListItem
            key={`${p.code}-${p.path ?? ''}-${i}`}
            secondaryAction={
              p.fix?.kind === 'shrink-photo' ? (
                <Button
                  size="small"
                  variant="outlined"
                  disabled={fixing !== null}
                  onClick={() =>
                    p.fix?.kind === 'shrink-photo' &&
                    onShrink(p.fix.attachmentId, p.fix.targetBytes)
                  }
                >
                  {fixing === p.fix.attachmentId ? 'Memproses…' : p.fix.label}
                </Button>
              ) : p.fix?.kind === 'open-page' ? (
                <Button
                  size="small"
                  onClick={() => p.fix?.kind === 'open-page' && void navigate(p.fix.route)}
                >
                  {p.fix.label}
                </Button>
              ) : null
            }
          >
            <ListItemText
              primary={p.message}
              secondary={p.path ?? undefined}
              slotProps={{ primary: { color: p.severity === 'error' ? 'error' : 'warning.dark' } }}
              sx={{ pr: 14 }}
            />
          </ListItem>
        ))}
      </List>
    </>
  );
}
