import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { DEFAULT_PACK_LIMITS, type PackLimits } from '@shared/pack/pack-limits';
import {
  limitsToForm,
  parsePackLimitsForm,
  type PackLimitsFormResult,
  type PackLimitsFormValues,
} from './pack-limits-form.schema';
import { errorText } from '../../ui/error-text';

const TYPES: { value: PackLimits['allowedTypes'][number]; label: string }[] = [
  { value: 'jpeg', label: 'JPG' },
  { value: 'png', label: 'PNG' },
  { value: 'pdf', label: 'PDF' },
];

export interface PackLimitsPanelProps {
  limits: PackLimits;
  onSave: (limits: PackLimits) => Promise<void>;
  disabled?: boolean;
}

type Errors = Extract<PackLimitsFormResult, { ok: false }>['errors'];

/** "Batas berkas portal": the per-file limits of the ministry portal, kept in settings. */
export function PackLimitsPanel({ limits, onSave, disabled = false }: PackLimitsPanelProps) {
  const [values, setValues] = useState<PackLimitsFormValues>(() => limitsToForm(limits));
  const [errors, setErrors] = useState<Errors>({});
  const [notice, setNotice] = useState<{ severity: 'success' | 'error'; text: string } | null>(
    null,
  );
  const [saving, setSaving] = useState(false);

  useEffect(() => setValues(limitsToForm(limits)), [limits]);

  const edit = (patch: Partial<PackLimitsFormValues>) => {
    setValues((v) => ({ ...v, ...patch }));
    setNotice(null);
  };
  const toggle = (type: PackLimits['allowedTypes'][number], on: boolean) => {
    const next = TYPES.map((t) => t.value).filter((t) =>
      t === type ? on : values.allowedTypes.includes(t),
    );
    edit({ allowedTypes: next });
  };

  const save = async (form: PackLimitsFormValues) => {
    const parsed = parsePackLimitsForm(form);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await onSave(parsed.limits);
      setNotice({
        severity: 'success',
        text: 'Batas berkas portal disimpan; pemeriksaan diulang dengan batas baru.',
      });
    } catch (error) {
      setNotice({ severity: 'error', text: `Batas tidak tersimpan: ${errorText(error)}` });
    } finally {
      setSaving(false);
    }
  };

  const busy = disabled || saving;
  return (
    <Box
      component="section"
      aria-labelledby="batas-portal-judul"
      sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2 }}
    >
      <Typography id="batas-portal-judul" variant="subtitle2">
        Batas berkas portal
      </Typography>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1.5 }}>
        Ikuti batas ukuran dan jenis berkas yang berlaku di portal Kementerian. Disimpan di komputer
        ini.
      </Typography>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
        <TextField
          label="Foto maks. (MB)"
          size="small"
          value={values.photoMaxMb}
          onChange={(e) => edit({ photoMaxMb: e.target.value })}
          error={errors.photoMaxMb !== undefined}
          helperText={errors.photoMaxMb ?? ' '}
          disabled={busy}
          slotProps={{ htmlInput: { inputMode: 'decimal' } }}
          sx={{ width: 170 }}
        />
        <TextField
          label="PDF maks. (MB)"
          size="small"
          value={values.pdfMaxMb}
          onChange={(e) => edit({ pdfMaxMb: e.target.value })}
          error={errors.pdfMaxMb !== undefined}
          helperText={errors.pdfMaxMb ?? ' '}
          disabled={busy}
          slotProps={{ htmlInput: { inputMode: 'decimal' } }}
          sx={{ width: 170 }}
        />
        <FormControl error={errors.allowedTypes !== undefined} disabled={busy} component="fieldset">
          <FormLabel component="legend" sx={{ typography: 'caption' }}>
            Jenis berkas diterima
          </FormLabel>
          <FormGroup row>
            {TYPES.map((t) => (
              <FormControlLabel
                key={t.value}
                label={t.label}
                control={
                  <Checkbox
                    size="small"
                    checked={values.allowedTypes.includes(t.value)}
                    onChange={(e) => toggle(t.value, e.target.checked)}
                  />
                }
              />
            ))}
          </FormGroup>
          <FormHelperText>{errors.allowedTypes ?? ' '}</FormHelperText>
        </FormControl>
        <Stack direction="row" spacing={1} sx={{ pt: 0.5 }}>
          <Button variant="outlined" onClick={() => void save(values)} disabled={busy}>
            Simpan batas
          </Button>
          <Button
            color="inherit"
            onClick={() => void save(limitsToForm(DEFAULT_PACK_LIMITS))}
            disabled={busy}
          >
            Kembalikan bawaan
          </Button>
        </Stack>
      </Stack>
      {notice ? (
        <Alert
          severity={notice.severity}
          role={notice.severity === 'success' ? 'status' : 'alert'}
          sx={{ mt: 1 }}
        >
          {notice.text}
        </Alert>
      ) : null}
    </Box>
  );
}
