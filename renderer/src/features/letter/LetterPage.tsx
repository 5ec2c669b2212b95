import { Route, Routes } from 'react-router';
import { LetterComposePage } from './LetterComposePage';
import { LetterRegisterList } from './LetterRegisterList';

/** `/surat` lists the register; `/surat/:id` composes (or shows, once final) one letter. */
export default function LetterPage() {
  return (
    <Routes>
      <Route index element={<LetterRegisterList />} />
      <Route path=":id" element={<LetterComposePage />} />
    </Routes>
  );
}
