import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { SYNC_KIND_LABELS, type SyncKind } from '@shared/sync/kinds';
import { useLive, type SyncConflictRecord } from '../../db';
import { AUDIT_FIELD_LABELS, formatAuditTime, formatAuditValue } from '../../ui/audit-format';
import { useBusyRun } from '../../ui/use-busy-run';
import { useSyncEngine } from './sync-engine-instance';

const kindLabel = (kind: string): string => SYNC_KIND_LABELS[kind as SyncKind] ?? kind;

function ConflictItem({ conflict }: { conflict: SyncConflictRecord }) {
  const { busy, run, message } = useBusyRun();
  const engine = useSyncEngine();
  const field = AUDIT_FIELD_LABELS[conflict.field] ?? conflict.field;
  const resolve = (choice: 'kept' | 'other') =>
    run(() => engine.resolveConflict(conflict.id, choice));
  return (
    <ListItem
      divider
      aria-label={`Konflik ${field}`}
      sx={{ display: 'grid', gap: 1, alignItems: 'start' }}
    >
      <Typography variant="subtitle2">
        {kindLabel(conflict.kind)} · {field} · {formatAuditTime(conflict.at)}
      </Typography>
      <Typography variant="body2">
        Dipakai: <strong>{formatAuditValue(conflict.keptValue)}</strong> (oleh {conflict.keptBy})
      </Typography>
      <Typography variant="body2">
        Lainnya: <strong>{formatAuditValue(conflict.otherValue)}</strong> (oleh{' '}
        {conflict.otherBy || 'tidak diketahui'})
      </Typography>
      <Stack direction="row" spacing={1}>
        <Button size="small" variant="outlined" disabled={busy} onClick={() => resolve('kept')}>
          Pakai nilai dari {conflict.keptBy}
        </Button>
        <Button size="small" variant="outlined" disabled={busy} onClick={() => resolve('other')}>
          Pakai nilai dari {conflict.otherBy || 'yang lain'}
        </Button>
      </Stack>
      {message && (
        <Typography variant="body2" color="error" role="alert">
          {message.text}
        </Typography>
      )}
    </ListItem>
  );
}

/** Same-field edits of two people, kept until someone chooses the value that stays. */
export function ConflictList() {
  const engine = useSyncEngine();
  const conflicts = useLive(() => engine.listConflicts(), [engine]);
  if (conflicts.status !== 'ready') return null;
  if (conflicts.value.length === 0)
    return (
      <Typography variant="body2" color="text.secondary">
        Tidak ada konflik.
      </Typography>
    );
  return (
    <List aria-label="Daftar konflik" disablePadding>
      {conflicts.value.map((c) => (
        <ConflictItem key={c.id} conflict={c} />
      ))}
    </List>
  );
}
