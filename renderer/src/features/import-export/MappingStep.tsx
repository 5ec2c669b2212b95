import Alert from '@mui/material/Alert';
import MenuItem from '@mui/material/MenuItem';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import { fieldLabel, fieldsOf, type ImportField, type ImportKind } from '@shared/import/fields';
import { missingRequired, type ColumnMapping } from '@shared/import/header-mapping';

interface Props {
  readonly kind: ImportKind;
  readonly headers: readonly string[];
  readonly mapping: ColumnMapping;
  readonly onChange: (mapping: ColumnMapping) => void;
}

/** Step 2: one row per sheet column; the recognised field is preselected and can be changed. */
export function MappingStep({ kind, headers, mapping, onChange }: Props) {
  const missing = missingRequired(kind, mapping);
  return (
    <>
      {missing.length > 0 ? (
        <Alert severity="warning" sx={{ mb: 1 }}>
          Kolom wajib belum dipetakan: {missing.map((f) => fieldLabel(kind, f)).join(', ')}.
        </Alert>
      ) : (
        <Alert severity="success" sx={{ mb: 1 }}>
          Semua kolom wajib sudah dipetakan. Pemetaan ini diingat untuk impor berikutnya.
        </Alert>
      )}
      <Table size="small" aria-label="Pemetaan kolom">
        <TableHead>
          <TableRow>
            <TableCell>Kolom di berkas</TableCell>
            <TableCell>Diisi ke</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {headers.map((header, i) => (
            <TableRow key={`${header}-${i}`}>
              <TableCell>{header || `(kolom ${i + 1} tanpa judul)`}</TableCell>
              <TableCell>
                <TextField
                  select
                  size="small"
                  value={mapping[i] ?? ''}
                  label={`Kolom ${header || i + 1}`}
                  sx={{ minWidth: 240 }}
                  onChange={(e) => {
                    const next = [...mapping];
                    const value = e.target.value === '' ? null : (e.target.value as ImportField);
                    next.forEach((f, j) => {
                      if (value !== null && f === value && j !== i) next[j] = null;
                    });
                    next[i] = value;
                    onChange(next);
                  }}
                >
                  <MenuItem value="">(abaikan kolom ini)</MenuItem>
                  {fieldsOf(kind).map((f) => (
                    <MenuItem key={f.key} value={f.key}>
                      {f.label}
                      {f.required ? ' *' : ''}
                    </MenuItem>
                  ))}
                </TextField>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
