import { useEffect } from 'react';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import CloseIcon from '@mui/icons-material/Close';
import { awardLabel } from '@shared/domain/award/award';
import { commodityLabel } from '@shared/nomination-view/nomination-rows';
import type { AwardId, ProductId } from '@shared/domain/common/ids';
import {
  NOMINATION_KIND_LABELS,
  NOMINATION_KINDS,
  type NominationKind,
} from '@shared/domain/nomination/nomination';
import { useRepositories, useLive } from '../../../db';

export interface SelectedCandidate {
  enterpriseId: string;
  enterpriseName: string;
  productId?: ProductId;
  kind: NominationKind;
  awardId?: AwardId;
}

export interface SelectedCandidateRowProps {
  value: SelectedCandidate;
  onChange: (next: SelectedCandidate) => void;
  onRemove: () => void;
}

/** One chosen IKM: which of its products, and new proposal or re-evaluation of an earlier award. */
export function SelectedCandidateRow({ value, onChange, onRemove }: SelectedCandidateRowProps) {
  const repos = useRepositories();
  const state = useLive(async () => {
    const [products, awards] = await Promise.all([
      repos.enterprises.products.list(value.enterpriseId),
      repos.enterprises.awards.list(value.enterpriseId),
    ]);
    return {
      products: products.filter((p) => p.deletedAt === undefined),
      awards: awards.filter((a) => a.deletedAt === undefined),
    };
  }, [value.enterpriseId]);
  const products = state.status === 'ready' ? state.value.products : [];
  const awards = state.status === 'ready' ? state.value.awards : [];
  const only = products.length === 1 ? products[0] : undefined;

  // One product: choose it without asking.
  useEffect(() => {
    if (only && value.productId === undefined) onChange({ ...value, productId: only.id });
  }, [only, value, onChange]);

  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: '1.3fr 1.5fr 1fr 1.3fr auto',
        gap: 1,
        alignItems: 'center',
      }}
      data-selected-candidate={value.enterpriseId}
    >
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {value.enterpriseName}
      </Typography>
      <TextField
        size="small"
        select
        label="Produk"
        value={value.productId ?? ''}
        onChange={(e) => onChange({ ...value, productId: e.target.value as ProductId })}
        error={state.status === 'ready' && products.length === 0}
        helperText={
          state.status === 'ready' && products.length === 0
            ? 'IKM ini belum punya produk'
            : undefined
        }
      >
        {products.map((p) => (
          <MenuItem key={p.id} value={p.id}>
            {p.name} ({commodityLabel(p.commodity)})
          </MenuItem>
        ))}
      </TextField>
      <TextField
        size="small"
        select
        label="Jenis usulan"
        value={value.kind}
        onChange={(e) => {
          const kind = e.target.value as NominationKind;
          const { awardId: _a, ...rest } = value;
          onChange(kind === 'baru' ? { ...rest, kind } : { ...value, kind });
        }}
      >
        {NOMINATION_KINDS.map((k) => (
          <MenuItem key={k} value={k} disabled={k === 'evaluasi-ulang' && awards.length === 0}>
            {NOMINATION_KIND_LABELS[k]}
          </MenuItem>
        ))}
      </TextField>
      {value.kind === 'evaluasi-ulang' ? (
        <TextField
          size="small"
          select
          label="Penghargaan sebelumnya"
          value={value.awardId ?? ''}
          onChange={(e) => onChange({ ...value, awardId: e.target.value as AwardId })}
        >
          {awards.map((a) => (
            <MenuItem key={a.id} value={a.id}>
              {a.productName} — {awardLabel(a)}
            </MenuItem>
          ))}
        </TextField>
      ) : (
        <Typography variant="caption" color="text.secondary">
          {awards.length > 0
            ? `Pernah mendapat ${awards.map(awardLabel).join(', ')}`
            : 'Belum pernah mendapat bintang'}
        </Typography>
      )}
      <IconButton aria-label={`Batalkan pilihan ${value.enterpriseName}`} onClick={onRemove}>
        <CloseIcon />
      </IconButton>
    </Box>
  );
}
