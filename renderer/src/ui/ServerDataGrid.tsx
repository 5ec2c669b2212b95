import { DataGrid, type GridColDef, type GridValidRowModel } from '@mui/x-data-grid';
import { gridLocaleText } from './grid-locale';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import type { LiveState } from '../db';
import type { ServerList } from './use-server-list';

export interface ServerDataGridProps<R extends GridValidRowModel> {
  readonly 'aria-label': string;
  readonly list: ServerList;
  /** One page of rows and the total across all pages. */
  readonly state: LiveState<{ readonly rows: readonly R[]; readonly total: number }>;
  readonly columns: readonly GridColDef<R>[];
}

/** A register grid whose paging and sorting are done by the database (pages of 25, 50 or 100). */
export function ServerDataGrid<R extends GridValidRowModel>({
  'aria-label': ariaLabel,
  list,
  state,
  columns,
}: ServerDataGridProps<R>) {
  const value = state.status === 'ready' ? state.value : undefined;
  return (
    <>
      {state.status === 'error' ? (
        <Alert severity="error" sx={{ mb: 2 }}>
          {state.message}
        </Alert>
      ) : null}
      <Box sx={{ height: 560, bgcolor: 'background.paper' }}>
        <DataGrid
          aria-label={ariaLabel}
          rows={value?.rows ?? []}
          rowCount={value?.total ?? 0}
          columns={columns}
          loading={state.status === 'loading'}
          paginationMode="server"
          sortingMode="server"
          filterMode="server"
          paginationModel={list.paging}
          onPaginationModelChange={list.setPaging}
          pageSizeOptions={[25, 50, 100]}
          sortModel={list.sortModel}
          onSortModelChange={list.setSortModel}
          disableColumnFilter
          disableRowSelectionOnClick
          density="compact"
          localeText={gridLocaleText}
        />
      </Box>
    </>
  );
}
