import type { OvopBench } from './bench-api';
import { pdfBatch } from './page-pdf';
import { bulkWrite, search, seed } from './page-db';
import { importXlsx } from './page-import';
import { dashboardLoad, seedDashboard } from './page-dashboard';

const bench: OvopBench = {
  pdfBatch,
  bulkWrite,
  seed,
  search,
  importXlsx,
  seedDashboard,
  dashboardLoad,
};
window.ovopBench = bench;
const status = document.getElementById('status');
if (status) status.textContent = 'Tolok ukur siap dijalankan.';
