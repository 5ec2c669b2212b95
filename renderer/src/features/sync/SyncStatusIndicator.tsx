import { Link as RouterLink } from 'react-router';
import CloudDoneIcon from '@mui/icons-material/CloudDone';
import CloudOffIcon from '@mui/icons-material/CloudOff';
import CloudSyncIcon from '@mui/icons-material/CloudSync';
import Button from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';
import { SYNC_STATE_LABELS, useSyncStatus } from './sync-engine-instance';
import { appBarPercent, pullProgressText } from './SyncProgress';

/** The app bar's server status; hidden while no server is configured. */
export function SyncStatusIndicator() {
  const status = useSyncStatus();
  if (status.state === 'off') return null;
  const label = SYNC_STATE_LABELS[status.state];
  const waiting = status.pending > 0 ? ` · ${status.pending} menunggu` : '';
  const progress = pullProgressText(status);
  const percent = appBarPercent(status);
  const Icon =
    status.state === 'online'
      ? CloudDoneIcon
      : status.state === 'syncing'
        ? CloudSyncIcon
        : CloudOffIcon;
  return (
    <Tooltip
      title={[progress, status.message ?? `Server: ${status.serverUrl ?? ''}`]
        .filter(Boolean)
        .join(' · ')}
    >
      <Button
        color="inherit"
        component={RouterLink}
        to="/pengaturan?tab=server"
        startIcon={<Icon />}
        aria-label={`Status server: ${label}${percent}${waiting}`}
        sx={{ textTransform: 'none', mr: 1 }}
      >
        {label}
        {percent}
        {waiting}
      </Button>
    </Tooltip>
  );
}
