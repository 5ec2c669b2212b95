import { createTheme } from '@mui/material/styles';
import { idID as coreIdID } from '@mui/material/locale';

/** A calm light theme for office monitors: high contrast text, compact density, Arimo everywhere. */
export const theme = createTheme(
  {
    palette: {
      mode: 'light',
      primary: { main: '#1f5f99' },
      secondary: { main: '#8a5a00' },
      // Darker than MUI's defaults so white chip and button text keeps a 4.5:1 contrast (WCAG AA).
      warning: { main: '#9a4f00' },
      info: { main: '#01579b' },
      background: { default: '#f4f6f8', paper: '#ffffff' },
    },
    typography: {
      fontFamily: 'Arimo, "Liberation Sans", Arial, sans-serif',
      fontSize: 14,
      h1: { fontSize: '1.6rem', fontWeight: 700 },
      h2: { fontSize: '1.3rem', fontWeight: 700 },
      h3: { fontSize: '1.1rem', fontWeight: 700 },
    },
    shape: { borderRadius: 6 },
    components: {
      MuiButton: { defaultProps: { disableElevation: true } },
      MuiTextField: { defaultProps: { size: 'small', fullWidth: true } },
    },
  },
  coreIdID,
);
