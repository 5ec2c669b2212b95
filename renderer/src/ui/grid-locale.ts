import type { GridLocaleText } from '@mui/x-data-grid';
import { idID } from '@mui/x-data-grid/locales';

/** The grid's Indonesian texts, with the empty-grid text spelled right ("Tidak ad abaris" upstream). */
export const gridLocaleText: Partial<GridLocaleText> = {
  ...idID.components.MuiDataGrid.defaultProps.localeText,
  noRowsLabel: 'Tidak ada baris',
};
