import { useMemo, useState } from 'react';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import {
  DUPLICATE_CHOICE_LABELS,
  messageText,
  ROW_OUTCOME_LABELS,
  ROW_OUTCOMES,
  type DuplicateChoice,
  type ImportReport,
  type RowOutcome,
} from '@shared/import/report';
import { fieldLabel } from '@shared/import/fields';
import { saveBytes } from '../../platform/api';
import { writeXlsx } from '../../platform/spreadsheet';

interface Props {
  readonly report: ImportReport;
  readonly choices: Readonly<Record<number, DuplicateChoice>>;
  readonly onChoice: (row: number, choice: DuplicateChoice) => void;
}

const colour: Record<RowOutcome, 'success' | 'info' | 'error' | 'warning' | 'default'> = {
  valid: 'success',
  normalised: 'info',
  invalid: 'error',
  duplicate: 'warning',
  skipped: 'default',
};

/** The validation report as an XLSX: one line per row, with the outcome and every message. */
async function exportReport(report: ImportReport): Promise<void> {
  const fields = report.summary.columns
    .map((c) => c.field)
    .filter((f): f is NonNullable<typeof f> => f !== null);
  const rows = [
    ['Baris', 'Hasil', 'Pesan', ...fields.map((f) => fieldLabel(report.summary.kind, f))],
    ...report.rows.map((r) => [
      r.row,
      ROW_OUTCOME_LABELS[r.outcome],
      r.messages.map(messageText).join('\n'),
      ...fields.map((f) => r.values[f] ?? ''),
    ]),
  ];
  const bytes = await writeXlsx([
    { name: 'Laporan impor', rows, widths: [8, 16, 60, ...fields.map(() => 18)] },
  ]);
  await saveBytes('laporan-impor.xlsx', bytes, [{ name: 'Excel', extensions: ['xlsx'] }]);
}

/** Step 3 and 4: per-row report, filterable by outcome, with a choice for each duplicate. */
export function ReportStep({ report, choices, onChoice }: Props) {
  const [filter, setFilter] = useState<RowOutcome | 'all'>('all');
  const [page, setPage] = useState(0);
  const rows = useMemo(
    () => report.rows.filter((r) => filter === 'all' || r.outcome === filter),
    [report, filter],
  );
  const pageRows = rows.slice(page * 50, page * 50 + 50);
  return (
    <>
      <Stack
        direction="row"
        spacing={1}
        sx={{ mb: 1, flexWrap: 'wrap' }}
        role="group"
        aria-label="Saring hasil"
      >
        <Chip
          label={`Semua (${report.rows.length})`}
          color={filter === 'all' ? 'primary' : 'default'}
          onClick={() => (setFilter('all'), setPage(0))}
        />
        {ROW_OUTCOMES.map((o) => (
          <Chip
            key={o}
            label={`${ROW_OUTCOME_LABELS[o]} (${report.summary.counts[o]})`}
            color={filter === o ? 'primary' : 'default'}
            variant={filter === o ? 'filled' : 'outlined'}
            onClick={() => (setFilter(o), setPage(0))}
          />
        ))}
        <Button size="small" onClick={() => void exportReport(report)}>
          Ekspor laporan (XLSX)
        </Button>
      </Stack>
      <Table size="small" aria-label="Laporan pemeriksaan">
        <TableHead>
          <TableRow>
            <TableCell>Baris</TableCell>
            <TableCell>Hasil</TableCell>
            <TableCell>Nama</TableCell>
            <TableCell>Pesan</TableCell>
            <TableCell>Pilihan</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {pageRows.map((r) => (
            <TableRow key={r.row} data-outcome={r.outcome}>
              <TableCell>{r.row}</TableCell>
              <TableCell>
                <Chip
                  size="small"
                  label={ROW_OUTCOME_LABELS[r.outcome]}
                  color={colour[r.outcome]}
                />
              </TableCell>
              <TableCell>{String(r.values.name ?? '')}</TableCell>
              <TableCell sx={{ whiteSpace: 'pre-line' }}>
                {r.messages.map(messageText).join('\n')}
              </TableCell>
              <TableCell>
                {r.duplicate ? (
                  <TextField
                    select
                    size="small"
                    label={`Baris ${r.row}`}
                    value={choices[r.row] ?? r.duplicate.defaultChoice}
                    onChange={(e) => onChoice(r.row, e.target.value as DuplicateChoice)}
                  >
                    {r.duplicate.choices.map((c) => (
                      <MenuItem key={c} value={c}>
                        {DUPLICATE_CHOICE_LABELS[c]}
                      </MenuItem>
                    ))}
                  </TextField>
                ) : null}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <TablePagination
        component="div"
        count={rows.length}
        page={page}
        rowsPerPage={50}
        rowsPerPageOptions={[50]}
        onPageChange={(_, p: number) => setPage(p)}
        labelDisplayedRows={({ from, to, count }) => `${from}–${to} dari ${count}`}
      />
    </>
  );
}
