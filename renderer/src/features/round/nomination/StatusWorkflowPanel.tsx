import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import Alert from '@mui/material/Alert';
import Link from '@mui/material/Link';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { hasBlocking, type Finding } from '@shared/domain/readiness/finding';
import {
  NOMINATION_STATUS_LABELS,
  RE_EVALUATION_NO_LETTER,
  needsProposalLetter,
  transition,
  transitionOptions,
  type LetterInfo,
  type Nomination,
  type NominationStatus,
} from '@shared/domain/nomination/nomination';
import type { StarScale } from '@shared/domain/award/award.schema';
import type { OfficeLevel } from '@shared/domain/office/office-profile.schema';
import { workflowContext } from './data/workflow-context';
import { errorText } from '../../../ui/error-text';

export interface StatusWorkflowPanelProps {
  nomination: Nomination;
  findings: readonly Finding[];
  starScale: StarScale;
  userName: string;
  /** The office recording the steps (a kabupaten/kota office has no province steps). */
  officeLevel?: OfficeLevel;
  /** The letter listing this nomination (signed one first), from the letter register. */
  letter?: LetterInfo;
  /** Stores the transitioned nomination. */
  onSave: (next: Nomination) => Promise<void>;
}

/** Buttons for the allowed next statuses; a refused step shows its reason. */
export function StatusWorkflowPanel({
  nomination,
  findings,
  starScale,
  userName,
  officeLevel,
  letter,
  onSave,
}: StatusWorkflowPanelProps) {
  const [note, setNote] = useState('');
  const [stars, setStars] = useState('');
  const [override, setOverride] = useState('');
  const [message, setMessage] = useState<{ severity: 'error' | 'success'; text: string }>();
  const [busy, setBusy] = useState(false);

  const ctx = () =>
    workflowContext({
      at: new Date().toISOString(),
      userName,
      findings,
      starScale,
      note,
      stars,
      overrideNote: override,
      ...(letter ? { letter } : {}),
      ...(officeLevel ? { officeLevel } : {}),
    });
  const options = transitionOptions(nomination, ctx());

  async function move(to: NominationStatus) {
    const result = transition(nomination, to, ctx());
    if (!result.ok) {
      setMessage({
        severity: 'error',
        text: `Tidak dapat pindah ke "${NOMINATION_STATUS_LABELS[to]}": ${result.reason}`,
      });
      return;
    }
    setBusy(true);
    try {
      await onSave(result.nomination);
      setMessage({ severity: 'success', text: `Status menjadi "${NOMINATION_STATUS_LABELS[to]}"` });
      setNote('');
    } catch (e) {
      setMessage({ severity: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  }

  const canAward = options.some((o) => o.to === 'dianugerahi');
  const needsOverride = nomination.status === 'draft' && hasBlocking(findings);
  return (
    <Stack spacing={1.5}>
      <Typography>
        Status sekarang:{' '}
        <strong data-testid="nomination-status">
          {NOMINATION_STATUS_LABELS[nomination.status]}
        </strong>
        {nomination.stars !== undefined ? ` (${nomination.stars}★ dari ${starScale})` : ''}
      </Typography>
      <Typography variant="body2" color="text.secondary" data-testid="nomination-letter">
        {!needsProposalLetter(nomination) ? (
          RE_EVALUATION_NO_LETTER
        ) : letter ? (
          <>
            Tercantum dalam lampiran{' '}
            <Link component={RouterLink} to={`/surat/${letter.letterId}`}>
              surat usulan
            </Link>
            {letter.hasSignedCopy
              ? ' yang sudah ditandatangani.'
              : ' (salinan bertanda tangan belum diunggah).'}
          </>
        ) : (
          'Belum tercantum dalam lampiran surat usulan.'
        )}
      </Typography>
      {options.length === 0 ? (
        <Typography color="text.secondary">Status ini sudah final.</Typography>
      ) : null}
      {options.length > 0 ? (
        <>
          <TextField
            size="small"
            label="Catatan langkah (wajib untuk penarikan)"
            value={note}
            onChange={(e) => setNote(e.target.value)}
            multiline
          />
          {canAward ? (
            <TextField
              size="small"
              type="number"
              label={`Jumlah bintang (1–${starScale})`}
              value={stars}
              onChange={(e) => setStars(e.target.value)}
              sx={{ maxWidth: 220 }}
            />
          ) : null}
          {needsOverride ? (
            <TextField
              size="small"
              label="Alasan pengecualian (jika tetap diteruskan dengan kekurangan wajib)"
              value={override}
              onChange={(e) => setOverride(e.target.value)}
              multiline
            />
          ) : null}
          <Box
            sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}
            role="group"
            aria-label="Langkah berikutnya"
          >
            {options.map((o) => (
              <Button
                key={o.to}
                variant={o.refusedBecause ? 'outlined' : 'contained'}
                color={o.to === 'ditarik' ? 'error' : 'primary'}
                disabled={busy}
                title={o.refusedBecause}
                onClick={() => void move(o.to)}
              >
                {o.label}
              </Button>
            ))}
          </Box>
        </>
      ) : null}
      {message ? (
        <Alert
          severity={message.severity}
          role={message.severity === 'error' ? 'alert' : 'status'}
          onClose={() => setMessage(undefined)}
        >
          {message.text}
        </Alert>
      ) : null}
    </Stack>
  );
}
