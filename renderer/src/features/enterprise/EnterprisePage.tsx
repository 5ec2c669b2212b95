import { Suspense } from 'react';
import { Route, Routes } from 'react-router';
import LinearProgress from '@mui/material/LinearProgress';
import { enterpriseDetailPage, enterpriseListPage } from './enterprise-preload';

const EnterpriseListPage = enterpriseListPage.Page;
const EnterpriseDetailPage = enterpriseDetailPage.Page;

/** /ikm (grid), /ikm/baru (new), /ikm/:id?tab=… (detail tabs). */
export default function EnterprisePage() {
  return (
    <Suspense fallback={<LinearProgress aria-label="Memuat" />}>
      <Routes>
        <Route index element={<EnterpriseListPage />} />
        <Route path="baru" element={<EnterpriseDetailPage />} />
        <Route path=":id" element={<EnterpriseDetailPage />} />
      </Routes>
    </Suspense>
  );
}
