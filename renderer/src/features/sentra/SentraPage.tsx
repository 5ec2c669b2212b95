import { Suspense, lazy } from 'react';
import { Route, Routes } from 'react-router';
import LinearProgress from '@mui/material/LinearProgress';

const SentraListPage = lazy(() => import('./SentraListPage'));
const SentraFormPage = lazy(() => import('./SentraFormPage'));

/** /sentra (grid), /sentra/baru (new), /sentra/:id (edit). */
export default function SentraPage() {
  return (
    <Suspense fallback={<LinearProgress aria-label="Memuat" />}>
      <Routes>
        <Route index element={<SentraListPage />} />
        <Route path="baru" element={<SentraFormPage />} />
        <Route path=":id" element={<SentraFormPage />} />
      </Routes>
    </Suspense>
  );
}
