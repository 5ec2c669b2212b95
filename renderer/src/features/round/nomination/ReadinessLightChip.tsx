import Chip from '@mui/material/Chip';
import CircleIcon from '@mui/icons-material/Circle';
import { READINESS_LIGHT_LABELS, type ReadinessLight } from '@shared/domain/readiness/finding';

const COLORS: Record<ReadinessLight, 'success' | 'warning' | 'error'> = {
  siap: 'success',
  'perlu-perhatian': 'warning',
  'belum-siap': 'error',
};

export interface ReadinessLightChipProps {
  light: ReadinessLight | undefined;
  /** Shown after the label, e.g. "2 wajib". */
  detail?: string;
}

/** The readiness traffic light used in every list: siap / perlu perhatian / belum siap. */
export function ReadinessLightChip({ light, detail }: ReadinessLightChipProps) {
  if (light === undefined) return <Chip size="small" variant="outlined" label="Memeriksa…" />;
  const label = detail
    ? `${READINESS_LIGHT_LABELS[light]} · ${detail}`
    : READINESS_LIGHT_LABELS[light];
  return (
    <Chip
      size="small"
      color={COLORS[light]}
      variant="outlined"
      icon={<CircleIcon fontSize="small" />}
      label={label}
      data-readiness={light}
    />
  );
}
