import { useEffect, useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import {
  CREDENTIAL_KIND_LABELS,
  CREDENTIAL_STATE_LABELS,
  credentialState,
  type Credential,
  type CredentialState,
} from '@shared/domain/credential/credential';
import { formatLongDate } from '@shared/text';
import { UndoSnackbar } from '../../ui/UndoSnackbar';
import { useUndoDelete } from '../../ui/use-undo-delete';
import { useLive, useRepositories } from '../../db';
import { CredentialFormDialog } from './CredentialFormDialog';
import { localIsoDate } from './enterprise-editor';
import type { DetailTabProps } from './enterprise-link';

const STATE_COLOR: Record<CredentialState, 'success' | 'warning' | 'error'> = {
  valid: 'success',
  'expiring-soon': 'warning',
  expired: 'error',
};

export default function CredentialsTab({ enterprise, link, onLinkUsed }: DetailTabProps) {
  // `?jenis=halal` opens the add form preset to Halal; `?legalitas=<id>` highlights and opens that credential.
  const [editing, setEditing] = useState<Credential | 'new' | undefined>(
    link.credentialKind ? 'new' : undefined,
  );
  const [presetKind, setPresetKind] = useState(link.credentialKind);
  const [highlighted] = useState(link.credentialId);
  const openedFromLink = useRef(false);
  const highlightedRow = useRef<HTMLTableRowElement | null>(null);
  const { enterprises } = useRepositories();
  const state = useLive(async () => {
    const [credentials, products] = await Promise.all([
      enterprises.credentials.list(enterprise.id),
      enterprises.products.list(enterprise.id),
    ]);
    return {
      credentials: credentials.filter((c) => c.deletedAt === undefined),
      products: products.filter((p) => p.deletedAt === undefined),
    };
  }, [enterprise.id]);
  const loaded = state.status === 'ready' ? state.value : undefined;
  const today = localIsoDate(new Date());
  const credentials = loaded?.credentials ?? [];
  const products = loaded?.products ?? [];
  const store = enterprises.credentials;
  const deletion = useUndoDelete<Credential>(
    (c) => store.softDelete(c.id, c.updatedAt),
    (c) => store.restore(c.id),
  );

  useEffect(() => {
    if (openedFromLink.current || highlighted === undefined || state.status !== 'ready') return;
    openedFromLink.current = true;
    const target = credentials.find((c) => c.id === highlighted);
    if (target) {
      setEditing(target);
      highlightedRow.current?.scrollIntoView({ block: 'center' });
    }
  }, [credentials, highlighted, state.status]);

  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Box>
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing('new')}>
          Tambah legalitas
        </Button>
      </Box>
      {state.status === 'ready' && credentials.length === 0 ? (
        <Alert severity="info">Belum ada dokumen legalitas.</Alert>
      ) : null}
      {state.status === 'ready' &&
      highlighted !== undefined &&
      !credentials.some((c) => c.id === highlighted) ? (
        <Alert severity="warning">
          Dokumen legalitas yang dirujuk tautan tidak ditemukan; mungkin sudah dihapus.
        </Alert>
      ) : null}
      {credentials.length > 0 ? (
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" aria-label="Daftar legalitas">
            <TableHead>
              <TableRow>
                <TableCell>Jenis</TableCell>
                <TableCell>Nomor</TableCell>
                <TableCell>Penerbit</TableCell>
                <TableCell>Terbit</TableCell>
                <TableCell>Berlaku sampai</TableCell>
                <TableCell>Status</TableCell>
                <TableCell align="right">Aksi</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {credentials.map((c) => {
                const s = credentialState(c, today);
                return (
                  <TableRow
                    key={c.id}
                    selected={c.id === highlighted}
                    ref={c.id === highlighted ? highlightedRow : undefined}
                    aria-current={c.id === highlighted ? 'true' : undefined}
                  >
                    <TableCell>{CREDENTIAL_KIND_LABELS[c.kind]}</TableCell>
                    <TableCell>{c.number}</TableCell>
                    <TableCell>{c.issuer || '—'}</TableCell>
                    <TableCell>{formatLongDate(c.issuedOn)}</TableCell>
                    <TableCell>
                      {c.expiresOn ? formatLongDate(c.expiresOn) : 'Tanpa batas'}
                    </TableCell>
                    <TableCell>
                      <Chip
                        size="small"
                        label={CREDENTIAL_STATE_LABELS[s]}
                        color={STATE_COLOR[s]}
                        variant={s === 'valid' ? 'outlined' : 'filled'}
                      />
                    </TableCell>
                    <TableCell align="right">
                      <IconButton
                        aria-label={`Ubah ${CREDENTIAL_KIND_LABELS[c.kind]} ${c.number}`}
                        onClick={() => setEditing(c)}
                      >
                        <EditOutlinedIcon />
                      </IconButton>
                      <IconButton
                        aria-label={`Hapus ${CREDENTIAL_KIND_LABELS[c.kind]} ${c.number}`}
                        onClick={() => deletion.remove(c)}
                      >
                        <DeleteOutlinedIcon />
                      </IconButton>
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableContainer>
      ) : null}
      {editing ? (
        <CredentialFormDialog
          enterpriseId={enterprise.id}
          enterpriseNib={enterprise.nib}
          credential={editing === 'new' ? undefined : editing}
          presetKind={editing === 'new' ? presetKind : undefined}
          products={products}
          onClose={() => {
            setEditing(undefined);
            if (presetKind !== undefined || link.credentialId !== undefined) onLinkUsed();
            setPresetKind(undefined);
          }}
        />
      ) : null}
      <UndoSnackbar
        message={
          deletion.deleted
            ? `${CREDENTIAL_KIND_LABELS[deletion.deleted.kind]} ${deletion.deleted.number} dihapus`
            : undefined
        }
        onUndo={deletion.undo}
        onClose={deletion.dismiss}
      />
    </Box>
  );
}
