import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import {
  documentRequirements,
  type DocumentRequirement,
} from '@shared/domain/round/document-requirements';
import { useLive, useRepositories } from '../../db';

const NONE = '';

/** The document (or photo) requirements of the rounds' checklists; the readiness check counts attachments tagged with one. */
export function useDocumentRequirements(
  kind: 'document' | 'photo' = 'document',
): DocumentRequirement[] {
  const repos = useRepositories();
  const state = useLive(
    async () => documentRequirements(await repos.rounds.list(), [], kind),
    [kind],
  );
  return state.status === 'ready' ? state.value : [];
}

export interface RequirementSelectProps {
  /** Shown above the field; without it `ariaLabel` names the field (a table cell). */
  readonly label?: string;
  readonly ariaLabel?: string;
  readonly requirements: readonly DocumentRequirement[];
  readonly value: string | undefined;
  readonly onChange: (checklistItemId: string | undefined) => void;
  readonly size?: 'small' | 'medium';
}

/** Which checklist requirement a document fulfils, or none. A tag no longer in any checklist stays visible. */
export function RequirementSelect({
  label,
  ariaLabel,
  requirements,
  value,
  onChange,
  size = 'medium',
}: RequirementSelectProps) {
  const known = value === undefined || requirements.some((r) => r.id === value);
  return (
    <TextField
      select
      size={size}
      label={label}
      value={value ?? NONE}
      onChange={(e) => onChange(e.target.value === NONE ? undefined : e.target.value)}
      slotProps={ariaLabel ? { htmlInput: { 'aria-label': ariaLabel } } : {}}
      sx={{ minWidth: 220 }}
    >
      <MenuItem value={NONE}>Tidak untuk persyaratan</MenuItem>
      {requirements.map((r) => (
        <MenuItem key={r.id} value={r.id}>
          {r.label}
        </MenuItem>
      ))}
      {known ? null : <MenuItem value={value}>{value}</MenuItem>}
    </TextField>
  );
}
