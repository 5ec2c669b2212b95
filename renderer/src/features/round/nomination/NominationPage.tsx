import { Route, Routes } from 'react-router';
import { RoundEditPage } from '../RoundEditPage';
import { RoundListPage } from '../RoundListPage';
import { RoundOverviewPage } from '../RoundOverviewPage';
import { NominationDetailPage } from './NominationDetailPage';

/** `/usulan/*`: rounds, a round's overview and settings, and one nomination. */
export default function NominationPage() {
  return (
    <Routes>
      <Route index element={<RoundListPage />} />
      <Route path="periode/:roundId" element={<RoundOverviewPage />} />
      <Route path="periode/:roundId/ubah" element={<RoundEditPage />} />
      <Route path=":nominationId" element={<NominationDetailPage />} />
    </Routes>
  );
}
