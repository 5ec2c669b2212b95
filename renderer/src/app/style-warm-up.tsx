import { startTransition, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import Alert from '@mui/material/Alert';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Toolbar from '@mui/material/Toolbar';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { ThemeProvider } from '@mui/material/styles';
import PersonIcon from '@mui/icons-material/Person';
import { PageHeader } from '../ui/PageHeader';
import { theme } from './theme';

/**
 * The MUI components of the frame (AppShell) and of Beranda, the page the app opens on, in the
 * variants those use. Nothing here opens a portal (no dialog, menu or open tooltip), so the tree stays
 * inside its detached element. Global styles (CssBaseline) are left out: Emotion removes a global
 * style again when its component unmounts.
 */
function WarmUpTree(): ReactNode {
  return (
    <ThemeProvider theme={theme}>
      <Box sx={{ display: 'flex' }}>
        <AppBar position="fixed" elevation={0}>
          <Toolbar variant="dense">
            <Typography variant="h6" component="div">
              OVOP Desk
            </Typography>
            <Tooltip title="Pengguna">
              <Button color="inherit" startIcon={<PersonIcon />}>
                Pengguna
              </Button>
            </Tooltip>
            <IconButton color="inherit" aria-label="Pengguna">
              <PersonIcon />
            </IconButton>
          </Toolbar>
        </AppBar>
        <Drawer variant="permanent">
          <List dense>
            <ListItem disablePadding>
              <ListItemButton>
                <ListItemIcon>
                  <PersonIcon />
                </ListItemIcon>
                <ListItemText primary="Beranda" secondary={<span>Ctrl+1</span>} />
              </ListItemButton>
            </ListItem>
          </List>
        </Drawer>
        <Box component="main">
          <PageHeader
            title="Beranda"
            subtitle="Ringkasan"
            actions={
              <>
                <TextField select size="small" label="Periode" value="a">
                  <MenuItem value="a">2026</MenuItem>
                </TextField>
                <Button variant="contained">Unduh</Button>
                <Button variant="outlined">Unduh</Button>
              </>
            }
          />
          <Alert severity="warning">Profil</Alert>
          <Alert severity="info">Periode</Alert>
          <LinearProgress />
          <Paper variant="outlined" component="section">
            <Typography variant="subtitle2" component="h2" color="text.secondary">
              Usulan
            </Typography>
            <Typography variant="subtitle1" component="h2">
              Kuota
            </Typography>
            <Typography variant="body2">0</Typography>
            <Link href="#/">0</Link>
            <Chip size="small" variant="outlined" label="0" />
            <TableContainer>
              <Table size="small">
                <TableHead>
                  <TableRow>
                    <TableCell>Kabupaten/Kota</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  <TableRow>
                    <TableCell align="right">0</TableCell>
                  </TableRow>
                </TableBody>
              </Table>
            </TableContainer>
          </Paper>
        </Box>
      </Box>
    </ThemeProvider>
  );
}

/**
 * While the register opens (on a large register about a second, with the main thread idle), renders
 * the frame's and Beranda's components once into an element that is never attached to the page,
 * and unmounts them as soon as `opening` settles, before the app's first real render. Their styles
 * are then in Emotion's cache and their code has run once, so the first paint of the frame and its
 * page does less (docs/performance.md). It reads and writes nothing and shows nothing. Rendered as
 * a transition, so React hands the main thread back every few milliseconds; a quick open stops it
 * early.
 */
export function warmUpWhileOpening(
  opening: Promise<unknown>,
  detachedRoot: () => Pick<Root, 'render' | 'unmount'> = () =>
    createRoot(document.createElement('div')),
): void {
  const root = detachedRoot();
  startTransition(() => root.render(<WarmUpTree />));
  const stop = () => root.unmount();
  opening.then(stop, stop);
}
