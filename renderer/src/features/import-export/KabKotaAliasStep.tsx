import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { ConfirmedAlias } from '@shared/import/aliases/kab-kota-alias';
import type { RegionItem } from '@shared/import/region-resolver';

interface Props {
  /** Kab/kota names of the sheet that were not recognised. */
  readonly names: readonly string[];
  /** The kab/kota the officer may choose from (the office's province). */
  readonly options: readonly RegionItem[];
  readonly onConfirm: (aliases: ConfirmedAlias[]) => Promise<void>;
}

const title = (s: string): string => s.toLowerCase().replace(/(^|\s)\S/g, (m) => m.toUpperCase());

/** Ties unknown kab/kota names of the sheet to a kab/kota; the choice is remembered for later imports. */
export function KabKotaAliasStep({ names, options, onConfirm }: Props) {
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const picked = Object.entries(chosen).filter(([, code]) => code !== '');
  return (
    <Alert
      severity="warning"
      component="section"
      aria-label="Nama kabupaten/kota yang belum dikenal"
    >
      <Typography variant="body2" sx={{ mb: 1 }}>
        Nama kabupaten/kota berikut tidak dikenal. Pilih kabupaten/kota yang dimaksud; pilihan ini
        diingat untuk impor berikutnya.
      </Typography>
      <Stack spacing={1} sx={{ maxWidth: 480 }}>
        {names.map((name) => (
          <TextField
            key={name}
            select
            size="small"
            label={`Kabupaten/kota untuk "${name}"`}
            value={chosen[name] ?? ''}
            onChange={(e) => setChosen((prev) => ({ ...prev, [name]: e.target.value }))}
          >
            <MenuItem value="">(biarkan tidak dikenal)</MenuItem>
            {options.map((o) => (
              <MenuItem key={o.code} value={o.code}>
                {title(o.name)}
              </MenuItem>
            ))}
          </TextField>
        ))}
        <Button
          variant="outlined"
          disabled={picked.length === 0 || busy}
          onClick={() => {
            setBusy(true);
            void onConfirm(picked.map(([alias, code]) => ({ alias, code }))).finally(() =>
              setBusy(false),
            );
          }}
        >
          Ingat nama ini dan periksa ulang
        </Button>
      </Stack>
    </Alert>
  );
}
