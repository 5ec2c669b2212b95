import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { ROLE_LABELS } from '@shared/sync/protocol.schema';
import { isDesktop } from '../../platform/api';
import { formatAuditTime } from '../../ui/audit-format';
import { useBusyRun } from '../../ui/use-busy-run';
import { ConflictList } from './ConflictList';
import { SYNC_STATE_LABELS, useSyncEngine, useSyncStatus } from './sync-engine-instance';
import { SyncProgress } from './SyncProgress';

function ConnectForm({ initialUrl }: { initialUrl: string }) {
  const [address, setAddress] = useState(initialUrl);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const { busy, run, message } = useBusyRun();
  const engine = useSyncEngine();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(() => engine.connect(address, username, password));
  };
  return (
    <Stack component="form" spacing={2} onSubmit={submit} sx={{ maxWidth: 480 }}>
      <TextField
        label="Alamat server"
        placeholder="http://192.168.1.10:8787"
        value={address}
        onChange={(e) => setAddress(e.target.value)}
        required
      />
      <TextField
        label="Nama pengguna"
        value={username}
        autoComplete="username"
        onChange={(e) => setUsername(e.target.value)}
        required
      />
      <TextField
        label="Kata sandi"
        type="password"
        value={password}
        autoComplete="current-password"
        onChange={(e) => setPassword(e.target.value)}
        required
      />
      {message && <Alert severity="error">{message.text}</Alert>}
      <div>
        <Button type="submit" variant="contained" disabled={busy}>
          Hubungkan
        </Button>
      </div>
      {busy && <LinearProgress aria-label="Menghubungkan" />}
    </Stack>
  );
}

function ConnectedPanel() {
  const status = useSyncStatus();
  const { busy, run, message } = useBusyRun();
  const engine = useSyncEngine();
  return (
    <Stack spacing={1.5}>
      <Typography>
        Status: <strong>{SYNC_STATE_LABELS[status.state]}</strong>
      </Typography>
      <Typography variant="body2">Server: {status.serverUrl}</Typography>
      {status.account && (
        <Typography variant="body2">
          Akun: {status.account.displayName} ({ROLE_LABELS[status.account.role]}
          {status.account.kabKotaCode ? ` ${status.account.kabKotaCode}` : ''}) —{' '}
          {status.account.officeName}
        </Typography>
      )}
      <Typography variant="body2">
        Sinkron terakhir: {status.lastSyncAt ? formatAuditTime(status.lastSyncAt) : 'belum pernah'}
      </Typography>
      <Typography variant="body2">Perubahan menunggu dikirim: {status.pending}</Typography>
      <SyncProgress status={status} />
      {status.sessionNotice && <Alert severity="info">{status.sessionNotice}</Alert>}
      {status.message && <Alert severity="warning">{status.message}</Alert>}
      {message && <Alert severity="error">{message.text}</Alert>}
      <Stack direction="row" spacing={1}>
        <Button variant="outlined" disabled={busy} onClick={() => void run(() => engine.syncNow())}>
          Sinkronkan sekarang
        </Button>
        <Button color="error" disabled={busy} onClick={() => void run(() => engine.signOut())}>
          Keluar dari server
        </Button>
      </Stack>
      <Typography variant="h3" sx={{ pt: 2 }}>
        Konflik
      </Typography>
      <ConflictList />
    </Stack>
  );
}

/** Pengaturan → Server: connect this PC to the office's shared register. */
export default function ServerTab() {
  const status = useSyncStatus();
  return (
    <Paper variant="outlined" sx={{ p: 2, display: 'grid', gap: 2 }}>
      <Typography variant="h2">Server register bersama</Typography>
      <Typography variant="body2" color="text.secondary">
        Tanpa server, OVOP Desk bekerja sepenuhnya di PC ini. Setelah terhubung, perubahan dikirim
        ke server dan perubahan PC lain diterima; bekerja tanpa jaringan tetap bisa, dan sinkron
        berjalan sendiri saat server terjangkau lagi.{' '}
        {isDesktop()
          ? 'Sesi masuk disimpan terenkripsi oleh sistem operasi.'
          : 'Di mode web, sesi masuk hanya disimpan selama tab ini terbuka.'}
      </Typography>
      {status.state === 'off' || status.state === 'signed-out' ? (
        <>
          {status.message && <Alert severity="warning">{status.message}</Alert>}
          <SyncProgress status={status} />
          <ConnectForm initialUrl={status.serverUrl ?? ''} />
        </>
      ) : (
        <ConnectedPanel />
      )}
    </Paper>
  );
}
