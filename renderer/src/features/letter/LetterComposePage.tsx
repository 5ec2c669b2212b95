import { useMemo, useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { finalChecks, officeForLetter } from '@shared/domain/letter';
import { openBytes, saveBytes } from '../../platform/api';
import { PrintTarget } from '../../app/PrintTarget';
import { PageHeader } from '../../ui/PageHeader';
import { AnnexEditor } from './AnnexEditor';
import { CopyToEditor } from './CopyToEditor';
import { FinalChecksList } from './FinalChecksList';
import { LetterActionsBar } from './LetterActionsBar';
import { LetterFieldsForm } from './LetterFieldsForm';
import { LetterPreviewPane } from './LetterPreviewPane';
import { UnprintableWarning } from './UnprintableWarning';
import { LETTER_STATUS_LABELS, localIsoDate } from './letter-records';
import { FinalCheckError, useRepositories } from '../../db';
import { pdfFileName, printPdfBytes } from './print-pdf';
import { useComposeState } from './use-compose-state';
import { errorText } from '../../ui/error-text';
import { renderLetterPdf, usePdfPreview } from './use-pdf-preview';

const PDF_FILTER = [{ name: 'Dokumen PDF', extensions: ['pdf'] }];

/** `/surat/:id`: the form beside a live preview of the real PDF; read-only once final. */
export function LetterComposePage() {
  const { id = '' } = useParams();
  const repos = useRepositories();
  const { ctx, letters: store } = repos;
  const state = useComposeState(repos, id);
  const { letter, office, round, candidates, finalBytes, edit } = state;
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string>();
  const drawOffice = letter && office ? officeForLetter(letter, office.profile) : undefined;
  // A draft that came from another office has neither its sender's profile nor a final PDF here:
  // drawing it with this office's letterhead would show a letter nobody wrote, so it is not drawn.
  const foreignDraft =
    letter !== undefined &&
    office !== undefined &&
    letter.officeId !== office.profile.id &&
    !letter.finalPdfHash &&
    !letter.officeSnapshot;
  const preview = usePdfPreview(foreignDraft ? undefined : letter, drawOffice, finalBytes);
  const readiness = useMemo(
    () => candidates.map((c) => ({ nominationId: c.row.nominationId, ready: c.ready })),
    [candidates],
  );
  const problems = useMemo(() => {
    if (!letter || !office) return [];
    const list = finalChecks(letter, {
      today: localIsoDate(ctx.now()),
      register: [],
      readiness,
      office: office.profile,
      round,
    });
    return office.complete
      ? list
      : ['Profil instansi belum lengkap: isi dulu di Pengaturan → Profil Instansi', ...list];
  }, [letter, office, ctx, readiness, round]);

  const run = async (action: () => Promise<string | undefined>) => {
    setBusy(true);
    state.setError(undefined);
    setNotice(undefined);
    try {
      setNotice(await action());
    } catch (e) {
      state.setError(e instanceof FinalCheckError ? e.problems.join('; ') : errorText(e));
    } finally {
      setBusy(false);
    }
  };
  if (state.error && !letter) return <Alert severity="error">{state.error}</Alert>;
  if (!letter || !office || !drawOffice) return <LinearProgress aria-label="Memuat surat" />;

  const received = letter.officeId !== office.profile.id;
  const readOnly = letter.status !== 'draft' || received;
  const currentBytes = async () => finalBytes ?? (await renderLetterPdf(letter, drawOffice));
  const actions = {
    onFinalise: () =>
      void run(async () => {
        await state.flush();
        const final = await store.finalise(letter.id, readiness, (l, o) => renderLetterPdf(l, o));
        await state.reload();
        return `Surat difinalkan dengan nomor ${final.number ?? ''}.`;
      }),
    onCancel: (reason: string) =>
      void run(async () => {
        await state.flush();
        await store.cancel(letter.id, reason);
        await state.reload();
        return letter.number
          ? `Surat dibatalkan; nomor ${letter.number} tetap tercatat sebagai batal.`
          : 'Konsep dibatalkan.';
      }),
    onSave: () =>
      void run(async () => {
        await state.flush();
        const result = await saveBytes(
          pdfFileName(letter.number, letter.signingMode === 'tte' ? '-siap-tte' : ''),
          await currentBytes(),
          PDF_FILTER,
        );
        return result.saved ? 'PDF disimpan.' : 'PDF diunduh.';
      }),
    onPrint: () =>
      void run(async () => {
        await printPdfBytes(await currentBytes());
        return undefined;
      }),
    onUploadSigned: () =>
      void run(async () => {
        const file = await openBytes('Pilih salinan surat bertanda tangan (PDF)', PDF_FILTER);
        if (!file.opened) return undefined;
        const result = await store.attachSignedCopy(letter.id, file.bytes);
        await state.reload();
        const refused = result.refused.map((r) => `${r.name}: ${r.reason}`).join('; ');
        return `Salinan bertanda tangan disimpan. ${result.moved.length} usulan berstatus "Surat ditandatangani".${refused ? ` Tidak dipindahkan: ${refused}.` : ''}`;
      }),
    onSaveSigned: () =>
      void run(async () => {
        const bytes = letter.signedCopyHash
          ? await store.pdfBytes(letter.signedCopyHash)
          : undefined;
        if (!bytes) throw new Error('Salinan bertanda tangan tidak ditemukan di penyimpanan');
        await saveBytes(pdfFileName(letter.number, '-bertanda-tangan'), bytes, PDF_FILTER);
        return undefined;
      }),
  };

  return (
    <>
      <PrintTarget onPrint={actions.onPrint} />
      <PageHeader
        title={letter.number ? `Surat ${letter.number}` : 'Konsep surat usulan'}
        subtitle={`Status: ${LETTER_STATUS_LABELS[letter.status]}${state.saving ? ' · menyimpan…' : ''}${letter.finalPdfHash ? ` · SHA-256 PDF final ${letter.finalPdfHash.slice(0, 16)}…` : ''}`}
        actions={
          <Button component={RouterLink} to="/surat">
            Kembali ke agenda
          </Button>
        }
      />
      <Box sx={{ mb: 2 }}>
        <LetterActionsBar
          letter={letter}
          busy={busy}
          canFinalise={problems.length === 0}
          received={received}
          {...actions}
        />
      </Box>
      {busy && <LinearProgress aria-label="Memproses" sx={{ mb: 1 }} />}
      {state.error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {state.error}
        </Alert>
      )}
      {notice && (
        <Alert severity="success" role="status" sx={{ mb: 2 }}>
          {notice}
        </Alert>
      )}
      {received && (
        <Alert severity="info" sx={{ mb: 2 }}>
          Surat kiriman {letter.officeSnapshot?.officeName ?? 'kantor lain'}: disimpan apa adanya
          dan hanya dapat dibaca di sini; nomornya tetap nomor kantor pengirim.
          {letter.finalPdfHash ? ` SHA-256 PDF final: ${letter.finalPdfHash}` : ''}
        </Alert>
      )}
      {readOnly && !received && (
        <Alert severity="info" sx={{ mb: 2 }}>
          Surat ini {LETTER_STATUS_LABELS[letter.status]} dan tidak dapat diubah lagi.
          {letter.signedCopyHash
            ? ` SHA-256 salinan bertanda tangan: ${letter.signedCopyHash}`
            : ''}
        </Alert>
      )}
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', lg: 'minmax(420px, 1fr) minmax(420px, 1fr)' },
          gap: 2,
          alignItems: 'start',
        }}
      >
        <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label="Isian surat">
          {letter.status === 'draft' && !received && (
            <FinalChecksList problems={problems} roundId={letter.roundId} />
          )}
          {letter.status === 'draft' && <UnprintableWarning letter={letter} office={drawOffice} />}
          <Typography variant="h6" component="h2" sx={{ fontSize: '1.05rem', my: 1.5 }}>
            Varian {letter.variant} ·{' '}
            {letter.variant === 'B' ? 'dari Dinas provinsi' : 'dari Dinas kabupaten/kota'}
          </Typography>
          <LetterFieldsForm
            letter={letter}
            office={drawOffice}
            readOnly={readOnly}
            onChange={edit}
          />
          <Divider sx={{ my: 2 }} />
          <CopyToEditor
            lines={letter.copyTo}
            readOnly={readOnly}
            onChange={(copyTo) => edit({ copyTo })}
          />
          <Divider sx={{ my: 2 }} />
          <AnnexEditor
            letter={letter}
            office={drawOffice}
            candidates={candidates}
            readOnly={readOnly}
            onChange={edit}
          />
        </Paper>
        {foreignDraft ? (
          <Paper variant="outlined" component="section" aria-label="Pratinjau PDF" sx={{ p: 2 }}>
            <Typography>
              Konsep kiriman kantor lain: belum bernomor dan belum final. Pratinjaunya tidak
              digambar di sini, karena kop dan penanda tangannya milik kantor pengirim.
            </Typography>
          </Paper>
        ) : (
          <LetterPreviewPane
            url={preview.url}
            error={preview.error}
            rendering={preview.rendering}
            draft={letter.status === 'draft'}
          />
        )}
      </Box>
    </>
  );
}
