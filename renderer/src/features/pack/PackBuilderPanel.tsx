import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { formatBytes } from '@shared/bundle/zip-problem';
import { hasBlockingProblems } from '@shared/pack/preflight';
import { useKabKotaOptions } from '../../ui/use-kab-kota-names';
import { PackLimitsPanel } from './PackLimitsPanel';
import { PreflightList } from './PreflightList';
import { usePackBuilder } from './use-pack-builder';

/** Paket Kirim: choose round and area, see the folders and the pre-flight, build the ZIP. */
export function PackBuilderPanel() {
  const { names } = useKabKotaOptions();
  const b = usePackBuilder(names);
  const building = b.build.phase === 'building';
  const blocked = !b.plan || hasBlockingProblems(b.problems);
  return (
    <Stack spacing={2}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField
          select
          label="Periode"
          value={b.roundId}
          onChange={(e) => b.setRoundId(e.target.value)}
          sx={{ minWidth: 220 }}
          disabled={building}
        >
          {b.rounds.length === 0 ? <MenuItem value="">Belum ada periode</MenuItem> : null}
          {b.rounds.map((r) => (
            <MenuItem key={r.id} value={r.id}>
              {r.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label="Wilayah"
          value={b.scopeCode}
          onChange={(e) => b.setScopeCode(e.target.value)}
          sx={{ minWidth: 260 }}
          disabled={building}
        >
          <MenuItem value="province">Seluruh provinsi</MenuItem>
          {b.kabKotaOptions.map(([code, name]) => (
            <MenuItem key={code} value={code}>
              {name}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      {b.loading ? <LinearProgress aria-label="Memuat data periode" /> : null}
      {b.plan ? (
        <>
          <Typography variant="body2" color="text.secondary">
            {b.plan.folders.length} IKM · {b.plan.files.length} berkas · nama arsip{' '}
            <strong>{b.plan.zipName}</strong>
          </Typography>
          {b.plan.folders.length > 0 ? (
            <Table size="small" aria-label="Isi paket">
              <TableHead>
                <TableRow>
                  <TableCell>Folder</TableCell>
                  <TableCell>Berkas</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {b.plan.folders.map((f) => {
                  const files =
                    b.plan?.files.filter((x) => x.nominationId === f.nominationId) ?? [];
                  return (
                    <TableRow key={f.nominationId}>
                      <TableCell sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
                        {f.name}/
                      </TableCell>
                      <TableCell>
                        {files.map((x) => x.path.slice(f.name.length + 1)).join(' · ')}
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          ) : null}
          <PreflightList
            problems={b.problems}
            fixing={b.fixing}
            onShrink={(id, target) => void b.shrink(id, target)}
          />
        </>
      ) : null}
      {b.limits ? (
        <PackLimitsPanel limits={b.limits} onSave={b.saveLimits} disabled={building} />
      ) : null}
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
        <Button
          variant="contained"
          onClick={() => void b.start()}
          disabled={blocked || building || b.loading}
        >
          Buat paket ZIP
        </Button>
        {building ? (
          <Button color="inherit" onClick={b.cancel}>
            Batal
          </Button>
        ) : null}
      </Box>
      {b.build.phase === 'building' ? (
        <Box>
          <LinearProgress
            variant="determinate"
            value={(100 * b.build.progress.done) / Math.max(1, b.build.progress.total)}
            aria-label="Kemajuan paket"
          />
          <Typography variant="caption">
            {b.build.progress.done} dari {b.build.progress.total} berkas ·{' '}
            {b.build.progress.current}
          </Typography>
        </Box>
      ) : null}
      {b.build.phase === 'done' ? (
        <Alert severity="success" role="status">
          Paket {b.build.fileName} selesai: {formatBytes(b.build.bytes)} dalam{' '}
          {b.build.seconds.toFixed(1).replace('.', ',')} detik.
        </Alert>
      ) : null}
      {b.build.phase === 'failed' ? <Alert severity="error">{b.build.message}</Alert> : null}
    </Stack>
  );
}
