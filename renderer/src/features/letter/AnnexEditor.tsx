import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import {
  defaultAnnexTitle,
  type Annex,
  type Letter,
  type ReadinessOverride,
} from '@shared/domain/letter';
import { romanNumeral } from '@shared/documents/annex';
import type { OfficeProfile } from '@shared/domain/office';
import type { AnnexCandidate } from './letter-sources';

interface Props {
  letter: Letter;
  office: OfficeProfile;
  candidates: readonly AnnexCandidate[];
  readOnly: boolean;
  onChange: (patch: Pick<Letter, 'annexes' | 'readinessOverrides'>) => void;
}

/** Lampiran I, II …: nominations of the round; a not-ready one needs an override note. */
export function AnnexEditor({ letter, office, candidates, readOnly, onChange }: Props) {
  const notes = new Map(letter.readinessOverrides.map((o) => [o.nominationId, o.note]));
  const setAnnex = (index: number, annex: Annex) =>
    onChange({
      annexes: letter.annexes.map((a, i) => (i === index ? annex : a)),
      readinessOverrides: letter.readinessOverrides,
    });
  const toggle = (index: number, annex: Annex, candidate: AnnexCandidate, on: boolean) => {
    const rows = on
      ? [...annex.rows, candidate.row]
      : annex.rows.filter((r) => r.nominationId !== candidate.row.nominationId);
    const order = new Map(candidates.map((c, i) => [c.row.nominationId, i]));
    rows.sort((a, b) => (order.get(a.nominationId) ?? 0) - (order.get(b.nominationId) ?? 0));
    setAnnex(index, { ...annex, rows });
  };
  const setNote = (nominationId: string, note: string) => {
    const others: ReadinessOverride[] = letter.readinessOverrides.filter(
      (o) => o.nominationId !== nominationId,
    );
    onChange({
      annexes: letter.annexes,
      readinessOverrides: note === '' ? others : [...others, { nominationId, note }],
    });
  };
  const listedElsewhere = (index: number) =>
    new Set(
      letter.annexes.flatMap((a, i) => (i === index ? [] : a.rows.map((r) => r.nominationId))),
    );
  return (
    <Stack spacing={2} role="group" aria-label="Lampiran">
      {letter.annexes.length === 0 && <Alert severity="info">Surat ini belum berlampiran.</Alert>}
      {letter.annexes.map((annex, index) => {
        const taken = listedElsewhere(index);
        const label =
          letter.annexes.length > 1 ? `Lampiran ${romanNumeral(index + 1)}` : 'Lampiran';
        return (
          <Box
            key={index}
            sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5 }}
            role="group"
            aria-label={label}
          >
            <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
              <Typography variant="subtitle2" sx={{ flex: 1 }}>
                {label} — {annex.rows.length} IKM
              </Typography>
              {!readOnly && (
                <Button
                  size="small"
                  color="inherit"
                  onClick={() =>
                    onChange({
                      annexes: letter.annexes.filter((_a, i) => i !== index),
                      readinessOverrides: letter.readinessOverrides,
                    })
                  }
                >
                  Hapus lampiran
                </Button>
              )}
            </Stack>
            <TextField
              label="Judul lampiran"
              size="small"
              fullWidth
              multiline
              value={annex.title}
              onChange={(e) => setAnnex(index, { ...annex, title: e.target.value })}
              slotProps={{ htmlInput: { readOnly } }}
            />
            <Stack sx={{ mt: 1 }}>
              {candidates.length === 0 && (
                <Typography variant="body2">Periode ini belum memiliki usulan.</Typography>
              )}
              {candidates
                .filter((c) => !taken.has(c.row.nominationId))
                .map((c) => {
                  const listed = annex.rows.some((r) => r.nominationId === c.row.nominationId);
                  if (readOnly && !listed) return null;
                  return (
                    <Box key={c.row.nominationId} sx={{ py: 0.5 }}>
                      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                        <Checkbox
                          size="small"
                          checked={listed}
                          disabled={readOnly}
                          onChange={(e) => toggle(index, annex, c, e.target.checked)}
                          slotProps={{
                            input: { 'aria-label': `Cantumkan ${c.row.enterpriseName}` },
                          }}
                        />
                        <Typography variant="body2" sx={{ flex: 1 }}>
                          {c.row.enterpriseName} — {c.row.product} ({c.row.kabKota})
                        </Typography>
                        <Chip
                          size="small"
                          label={c.ready ? 'Siap' : c.statusLabel}
                          color={c.ready ? 'success' : 'warning'}
                          variant="outlined"
                        />
                      </Stack>
                      {listed && !c.ready && (
                        <TextField
                          size="small"
                          fullWidth
                          label={`Catatan pengecualian untuk ${c.row.enterpriseName}`}
                          value={notes.get(c.row.nominationId) ?? ''}
                          onChange={(e) => setNote(c.row.nominationId, e.target.value)}
                          error={(notes.get(c.row.nominationId) ?? '').trim() === ''}
                          helperText="Wajib: usulan ini belum lolos pemeriksaan kesiapan"
                          slotProps={{ htmlInput: { readOnly } }}
                          sx={{ ml: 5, maxWidth: 'calc(100% - 40px)' }}
                        />
                      )}
                    </Box>
                  );
                })}
            </Stack>
          </Box>
        );
      })}
      {!readOnly && (
        <Button
          size="small"
          sx={{ alignSelf: 'flex-start' }}
          onClick={() =>
            onChange({
              annexes: [
                ...letter.annexes,
                { title: defaultAnnexTitle(office, letter.year), rows: [] },
              ],
              readinessOverrides: letter.readinessOverrides,
            })
          }
        >
          Tambah lampiran
        </Button>
      )}
    </Stack>
  );
}
