import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import type { AuditEntry } from '@shared/domain/audit/audit';
import { useLive, useRepositories } from '../db';
import {
  AUDIT_FIELD_LABELS,
  auditActionText,
  formatAuditTime,
  formatFieldChange,
  visibleChanges,
} from './audit-format';

/** Another record whose changes belong in the same history (an IKM's products, say), with its label. */
export interface AuditSource {
  entity: string;
  entityId: string;
  label: string;
}

interface Props {
  entity: string;
  entityId: string;
  /** Words for this record's field names, over the common ones (not used for related records). */
  fieldLabels?: Record<string, string>;
  /**
   * Reads the child records shown in the same list (each entry prefixed with the child's label),
   * inside the list's own live read: the list shows once with every row, and again when they change.
   */
  readRelated?: () => Promise<readonly AuditSource[]>;
}

interface Row {
  entry: AuditEntry;
  source?: string;
}

const FIRST_PAGE = 50;

/** Who changed what and when, newest first, live. Values are plain text (never markup). */
export function AuditHistoryList({ entity, entityId, fieldLabels, readRelated }: Props) {
  const repos = useRepositories();
  const [shown, setShown] = useState(FIRST_PAGE);
  // Read again when the record changes; `readRelated` reads that record's children.
  const state = useLive(async () => {
    const { audit } = repos;
    const [ownEntries, related] = await Promise.all([
      audit.history(entity, entityId),
      readRelated ? readRelated() : [],
    ]);
    const own = ownEntries.map((entry): Row => ({ entry }));
    const children = await Promise.all(
      related.map(async (s) =>
        (await audit.history(s.entity, s.entityId)).map((entry): Row => ({
          entry,
          source: s.label,
        })),
      ),
    );
    return [...own, ...children.flat()].sort((a, b) =>
      a.entry.at < b.entry.at ? 1 : a.entry.at > b.entry.at ? -1 : 0,
    );
  }, [entity, entityId]);

  if (state.status === 'loading') return <LinearProgress aria-label="Memuat riwayat" />;
  if (state.status === 'error')
    return <Alert severity="error">Riwayat tidak dapat dibaca: {state.message}</Alert>;
  const rows = state.value;
  if (rows.length === 0)
    return <Typography color="text.secondary">Belum ada perubahan tercatat.</Typography>;
  const ownLabels = { ...AUDIT_FIELD_LABELS, ...fieldLabels };
  return (
    <Box>
      <Box component="ol" aria-label="Riwayat perubahan" sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {rows.slice(0, shown).map(({ entry, source }) => {
          const changes = visibleChanges(entry);
          const labels = source === undefined ? ownLabels : AUDIT_FIELD_LABELS;
          return (
            <Box
              component="li"
              // One import's row can be listed for the IKM and for its products and legalitas.
              key={`${source ?? ''}|${entry.id}`}
              data-audit-action={entry.action}
              sx={{ py: 1.25, borderBottom: 1, borderColor: 'divider' }}
            >
              <Typography variant="body2">
                <Box component="span" sx={{ color: 'text.secondary' }}>
                  {formatAuditTime(entry.at)}
                </Box>
                {' · '}
                <Box component="span" sx={{ fontWeight: 600 }}>
                  {entry.user}
                </Box>
                {entry.office ? ` (${entry.office})` : ''}
                {' · '}
                {source ? `${source} ` : ''}
                {auditActionText(entry.action)}
                {entry.fileName ? ` dari berkas ${entry.fileName}` : ''}
              </Typography>
              {changes.length > 0 ? (
                <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5 }}>
                  {changes.map((c) => (
                    <Typography
                      component="li"
                      variant="body2"
                      key={c.field}
                      sx={{ wordBreak: 'break-word' }}
                    >
                      {formatFieldChange(c, labels)}
                    </Typography>
                  ))}
                </Box>
              ) : null}
            </Box>
          );
        })}
      </Box>
      {rows.length > shown ? (
        <Button sx={{ mt: 1 }} onClick={() => setShown((n) => n + FIRST_PAGE)}>
          Tampilkan lebih banyak ({rows.length - shown} lagi)
        </Button>
      ) : null}
    </Box>
  );
}
