import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import AddIcon from '@mui/icons-material/Add';
import type { AwardRecord } from '@shared/domain/award/award';
import { UndoSnackbar } from '../../ui/UndoSnackbar';
import { useUndoDelete } from '../../ui/use-undo-delete';
import { useLive, useRepositories } from '../../db';
import type { DetailTabProps } from './enterprise-link';
import { AwardFormDialog } from './awards/AwardFormDialog';
import { starsText } from './awards/award-form.schema';

/** Tab "Penghargaan": the IKM's earlier OVOP star awards (newest first), add/edit/delete with undo. */
export default function AwardsTab({ enterprise }: DetailTabProps) {
  const [editing, setEditing] = useState<AwardRecord | 'new' | undefined>();
  const { awards: store } = useRepositories().enterprises;
  const state = useLive(
    async () =>
      (await store.list(enterprise.id)).filter((a) => a.deletedAt === undefined).reverse(),
    [enterprise.id],
  );
  const undo = useUndoDelete<AwardRecord>(
    (a) => store.softDelete(a.id, a.updatedAt),
    (a) => store.restore(a.id),
  );
  const awards = state.status === 'ready' ? state.value : [];

  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Box>
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing('new')}>
          Tambah penghargaan
        </Button>
      </Box>
      {state.status === 'error' ? <Alert severity="error">{state.message}</Alert> : null}
      {state.status === 'ready' && awards.length === 0 ? (
        <Alert severity="info">Belum ada riwayat bintang OVOP untuk IKM ini.</Alert>
      ) : null}
      {awards.length > 0 ? (
        <Table size="small" aria-label="Riwayat penghargaan bintang OVOP">
          <TableHead>
            <TableRow>
              <TableCell>Tahun</TableCell>
              <TableCell>Produk</TableCell>
              <TableCell>Bintang</TableCell>
              <TableCell align="right">Aksi</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {awards.map((a) => (
              <TableRow key={a.id}>
                <TableCell>{a.year}</TableCell>
                <TableCell>{a.productName}</TableCell>
                <TableCell>{starsText(a)}</TableCell>
                <TableCell align="right">
                  <Button size="small" onClick={() => setEditing(a)}>
                    Ubah
                  </Button>
                  <Button size="small" color="error" onClick={() => undo.remove(a)}>
                    Hapus
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
      {editing ? (
        <AwardFormDialog
          enterpriseId={enterprise.id}
          award={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(undefined)}
        />
      ) : null}
      <UndoSnackbar
        message={
          undo.deleted
            ? `Penghargaan ${undo.deleted.year} untuk "${undo.deleted.productName}" dihapus`
            : undefined
        }
        onUndo={undo.undo}
        onClose={undo.dismiss}
      />
    </Box>
  );
}
