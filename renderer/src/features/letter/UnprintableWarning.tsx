import { useMemo } from 'react';
import Alert from '@mui/material/Alert';
import { letterDocument } from '@shared/documents';
import { unprintableInDocument } from '@shared/documents/script-runs';
import type { Letter } from '@shared/domain/letter';
import type { OfficeProfile } from '@shared/domain/office/office-profile.schema';

/**
 * Before a letter is final: the characters no embedded font can print (emoji and scripts other than
 * Latin and Arabic), which would come out as empty boxes in the PDF. Names in Arabic script print.
 */
export function UnprintableWarning({
  letter,
  office,
}: {
  readonly letter: Letter;
  readonly office: OfficeProfile;
}) {
  const characters = useMemo(
    () => unprintableInDocument(letterDocument(letter, office, { draft: true })),
    [letter, office],
  );
  if (characters.length === 0) return null;
  return (
    <Alert
      severity="warning"
      role="region"
      aria-label="Karakter yang tidak dapat dicetak"
      sx={{ mt: 1 }}
    >
      Karakter berikut tidak dapat dicetak dan akan tampil sebagai kotak kosong di PDF:{' '}
      {characters.join(' ')}. Ganti atau hapus karakter itu (mis. di nama IKM atau lampiran) sebelum
      surat difinalkan.
    </Alert>
  );
}
