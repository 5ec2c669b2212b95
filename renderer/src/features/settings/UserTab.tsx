import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useCurrentUserName, useSaveUserName } from '../../app/current-user';
import { UserNameForm } from '../../ui/UserNameDialog';

export default function UserTab() {
  const name = useCurrentUserName();
  const saveUserName = useSaveUserName();
  return (
    <Paper variant="outlined" sx={{ p: 2, display: 'grid', gap: 2 }}>
      <Typography variant="h2">Pengguna PC ini</Typography>
      <Typography variant="body2" color="text.secondary">
        Nama ini dicatat pada setiap perubahan data register (riwayat perubahan).
      </Typography>
      <UserNameForm initial={name ?? ''} onSave={saveUserName} />
    </Paper>
  );
}
