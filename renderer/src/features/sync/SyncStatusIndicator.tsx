import { Link as RouterLink } from 'react-router';
import CloudDoneIcon from '@mui/icons-material/CloudDone';
import CloudOffIcon from '@mui/icons-material/CloudOff';
import CloudSyncIcon from '@mui/icons-material/CloudSync';
import Button from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';
import { SYNC_STATE_LABELS, useSyncStatus } from './sync-engine-instance';

/** The app bar's server status; hidden while no server is configured. */
export function SyncStatusIndicator() {
  const status = useSyncStatus();
  if (status.state === 'off') return null;
  const label = SYNC_STATE_LABELS[status.state];
  const waiting = status.pending > 0 ? ` · ${status.pending} menunggu` : '';
  const Icon =
    status.state === 'online'
      ? CloudDoneIcon
      : status.state === 'syncing'
        ? CloudSyncIcon
        : CloudOffIcon;
  return (
    <Tooltip title={status.message ?? `Server: ${status.serverUrl ?? ''}`}>
      <Button
        color="inherit"
        component={RouterLink}
        to="/pengaturan?tab=server"
        startIcon={<Icon />}
        aria-label={`Status server: ${label}${waiting}`}
        sx={{ textTransform: 'none', mr: 1 }}
      >
        {label}
        {waiting}
      </Button>
    </Tooltip>
  );
}
