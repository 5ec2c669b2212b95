import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { NavLink, useNavigate } from 'react-router';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Toolbar from '@mui/material/Toolbar';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import InfoOutlinedIcon from '@mui/icons-material/InfoOutlined';
import PrintIcon from '@mui/icons-material/Print';
import Button from '@mui/material/Button';
import PersonIcon from '@mui/icons-material/Person';
import { useCurrentUserName, useSaveUserName, useUserNameMissing } from './current-user';
import { appPages } from './pages';
import { AboutDialog, UserNameDialog } from './shell-dialogs';
import { useCommands } from './use-commands';
import { printCurrent } from './print-target';
import { SyncStatusIndicator } from '../features/sync/SyncStatusIndicator';

const drawerWidth = 220;

export function AppShell({ children }: { children: ReactNode }) {
  const navigate = useNavigate();
  const [aboutOpen, setAboutOpen] = useState(false);
  const [userOpen, setUserOpen] = useState(false);
  const userName = useCurrentUserName();
  const nameMissing = useUserNameMissing();
  const [firstStartDismissed, setFirstStartDismissed] = useState(false);
  const openAbout = useCallback(() => setAboutOpen(true), []);
  const saveUserName = useSaveUserName();
  useCommands({ navigate, openAbout });

  useEffect(() => {
    // Ask the browser to keep our IndexedDB even under storage pressure (best effort).
    void navigator.storage?.persist?.();
  }, []);

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <AppBar position="fixed" sx={{ zIndex: (t) => t.zIndex.drawer + 1 }} elevation={0}>
        <Toolbar variant="dense">
          <Typography variant="h6" component="div" sx={{ flex: 1, fontWeight: 700 }}>
            OVOP Desk
          </Typography>
          <SyncStatusIndicator />
          <Tooltip title="Nama pengguna PC ini (dicatat pada riwayat perubahan)">
            <Button
              color="inherit"
              startIcon={<PersonIcon />}
              onClick={() => setUserOpen(true)}
              aria-label={userName ? `Pengguna: ${userName}` : 'Isi nama pengguna'}
              sx={{ textTransform: 'none', mr: 1 }}
            >
              {userName ?? 'Isi nama pengguna'}
            </Button>
          </Tooltip>
          <Tooltip title="Cetak halaman (Ctrl+P)">
            <IconButton color="inherit" aria-label="Cetak" onClick={() => void printCurrent()}>
              <PrintIcon />
            </IconButton>
          </Tooltip>
          <Tooltip title="Tentang OVOP Desk">
            <IconButton color="inherit" aria-label="Tentang OVOP Desk" onClick={openAbout}>
              <InfoOutlinedIcon />
            </IconButton>
          </Tooltip>
        </Toolbar>
      </AppBar>
      <Drawer
        variant="permanent"
        sx={{
          width: drawerWidth,
          flexShrink: 0,
          '& .MuiDrawer-paper': { width: drawerWidth, boxSizing: 'border-box' },
          displayPrint: 'none',
        }}
      >
        <Toolbar variant="dense" />
        <Box component="nav" aria-label="Navigasi utama">
          <List dense>
            {appPages.map((item) => (
              <ListItem key={item.path} disablePadding>
                <ListItemButton
                  component={NavLink}
                  to={item.path}
                  end={item.path === '/'}
                  aria-keyshortcuts={item.keyShortcut}
                  sx={{ '&.active': { bgcolor: 'action.selected', fontWeight: 700 } }}
                >
                  <ListItemIcon sx={{ minWidth: 36 }} aria-hidden>
                    <item.Icon />
                  </ListItemIcon>
                  <ListItemText
                    primary={item.label}
                    secondary={<span aria-hidden>{item.shortcut}</span>}
                  />
                </ListItemButton>
              </ListItem>
            ))}
          </List>
        </Box>
      </Drawer>
      <Box component="main" sx={{ flex: 1, p: 3, minWidth: 0 }}>
        <Toolbar variant="dense" />
        {children}
      </Box>
      <AboutDialog open={aboutOpen} onClose={() => setAboutOpen(false)} />
      <UserNameDialog
        open={userOpen}
        initial={userName ?? ''}
        onSave={saveUserName}
        onClose={() => setUserOpen(false)}
      />
      <UserNameDialog
        open={nameMissing && !firstStartDismissed && !userOpen}
        initial=""
        firstStart
        onSave={saveUserName}
        onClose={() => setFirstStartDismissed(true)}
      />
    </Box>
  );
}
