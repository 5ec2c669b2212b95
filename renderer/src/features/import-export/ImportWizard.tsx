import { useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import Typography from '@mui/material/Typography';
import { planCommit } from '@shared/import/duplicates';
import { IMPORT_KIND_LABELS, type ImportKind } from '@shared/import/fields';
import { missingRequired, type ColumnMapping } from '@shared/import/header-mapping';
import type { HeaderInfo, ImportTable } from '@shared/import/pipeline';
import type { DuplicateChoice, ImportReport } from '@shared/import/report';
import { isDesktop } from '../../platform/api';
import { useRepositories } from '../../db';
import { refreshWebMarker } from '../backup/snapshots';
import { commitImport, type CommitProgress } from './import-commit';
import { backupBeforeImport, checkFreeSpace } from './import-safety';
import { unknownKabKotaNames } from '@shared/import/unknown-kab-kota';
import type { RegionItem } from '@shared/import/region-resolver';
import { aliasTargets, checkTable, confirmAlias, rememberMapping } from './import-session';
import { KabKotaAliasStep } from './KabKotaAliasStep';
import { MappingStep } from './MappingStep';
import { ReportStep } from './ReportStep';
import { errorText } from '../../ui/error-text';

interface Props {
  readonly kind: ImportKind;
  readonly fileName: string;
  readonly table: ImportTable;
  readonly header: HeaderInfo;
  readonly onClose: () => void;
}

type Phase =
  | { step: 'mapping' }
  | { step: 'checking' }
  | { step: 'report'; report: ImportReport }
  | { step: 'committing'; report: ImportReport; progress: CommitProgress; note: string }
  | { step: 'done'; written: number; skipped: number; note: string };

const STEPS = ['Pemetaan kolom', 'Laporan pemeriksaan', 'Simpan'];

/** Choose file (done by the caller) → mapping → validation report + duplicate choices → commit. */
export function ImportWizard({ kind, fileName, table, header, onClose }: Props) {
  const repos = useRepositories();
  const { ctx } = repos;
  const [mapping, setMapping] = useState<ColumnMapping>(header.mapping);
  const [phase, setPhase] = useState<Phase>({ step: 'mapping' });
  const [choices, setChoices] = useState<Record<number, DuplicateChoice>>({});
  const [error, setError] = useState<string>();
  const [targets, setTargets] = useState<RegionItem[]>([]);
  const cancelled = useRef(false);

  const check = async () => {
    setError(undefined);
    setPhase({ step: 'checking' });
    await rememberMapping(repos, kind, header.headers, mapping);
    const result = await checkTable(repos, kind, table, header, mapping);
    if (!result.ok) {
      setError(result.message);
      setPhase({ step: 'mapping' });
      return;
    }
    if (unknownKabKotaNames(result.report).length > 0) setTargets(await aliasTargets(repos));
    setPhase({ step: 'report', report: result.report });
  };

  const commit = async (report: ImportReport) => {
    setError(undefined);
    const plan = planCommit(report.rows, choices);
    const total = plan.creates.length + plan.updates.length;
    const space = await checkFreeSpace(total);
    if (!space.ok) {
      setError(space.message);
      return;
    }
    let note: string;
    try {
      note = await backupBeforeImport(ctx);
    } catch (e) {
      setError(`Cadangan sebelum impor gagal, jadi impor tidak dijalankan: ${errorText(e)}`);
      return;
    }
    cancelled.current = false;
    setPhase({ step: 'committing', report, progress: { done: 0, total }, note });
    try {
      await commitImport(repos, kind, plan, {
        cancelled: () => cancelled.current,
        fileName,
        onProgress: (progress) => setPhase({ step: 'committing', report, progress, note }),
      });
      await refreshWebMarker(ctx);
      setPhase({ step: 'done', written: total, skipped: plan.skipped, note });
    } catch (e) {
      setError(`Impor tidak disimpan (tidak ada satu baris pun yang masuk): ${errorText(e)}`);
      setPhase({ step: 'report', report });
    }
  };

  const active =
    phase.step === 'mapping' || phase.step === 'checking' ? 0 : phase.step === 'report' ? 1 : 2;
  return (
    <Paper variant="outlined" sx={{ p: 2, display: 'grid', gap: 2 }} aria-label="Wisaya impor">
      <Typography variant="h2">
        Impor {IMPORT_KIND_LABELS[kind]} dari {fileName}
      </Typography>
      <Stepper activeStep={active}>
        {STEPS.map((s) => (
          <Step key={s}>
            <StepLabel>{s}</StepLabel>
          </Step>
        ))}
      </Stepper>
      {error ? (
        <Alert severity="error" role="alert">
          {error}
        </Alert>
      ) : null}
      {phase.step === 'mapping' || phase.step === 'checking' ? (
        <>
          <Typography variant="body2">
            Lembar "{table.sheet}", judul kolom di baris {header.headerRowIndex + 1}. Periksa kolom
            yang dikenali.
          </Typography>
          <MappingStep
            kind={kind}
            headers={header.headers}
            mapping={mapping}
            onChange={setMapping}
          />
          {phase.step === 'checking' ? <LinearProgress aria-label="Memeriksa baris" /> : null}
          <Stack direction="row" spacing={1}>
            <Button
              variant="contained"
              disabled={missingRequired(kind, mapping).length > 0 || phase.step === 'checking'}
              onClick={() => void check()}
            >
              Periksa data
            </Button>
            <Button onClick={onClose}>Batal</Button>
          </Stack>
        </>
      ) : null}
      {phase.step === 'report' ? (
        <>
          {unknownKabKotaNames(phase.report).length > 0 ? (
            <KabKotaAliasStep
              key={phase.report.rows.length + unknownKabKotaNames(phase.report).join('|')}
              names={unknownKabKotaNames(phase.report)}
              options={targets}
              onConfirm={async (aliases) => {
                for (const alias of aliases) await confirmAlias(repos, alias);
                await check();
              }}
            />
          ) : null}
          <ReportStep
            report={phase.report}
            choices={choices}
            onChoice={(row, c) => setChoices((prev) => ({ ...prev, [row]: c }))}
          />
          <Alert severity="info">
            {isDesktop()
              ? 'Sebelum menyimpan, aplikasi membuat cuplikan register di folder cadangan.'
              : 'Sebelum menyimpan, sebuah berkas cadangan register akan diunduh. Simpan berkas itu: di mode web hanya berkas itu yang dapat memulihkan data bila basis data peramban hilang.'}{' '}
            Baris tidak sah dan duplikat yang dilewati tidak disimpan. Semua baris disimpan
            sekaligus atau tidak sama sekali.
          </Alert>
          <Stack direction="row" spacing={1}>
            <Button variant="contained" onClick={() => void commit(phase.report)}>
              {isDesktop() ? 'Buat cuplikan lalu simpan' : 'Unduh cadangan lalu simpan'} (
              {planCommit(phase.report.rows, choices).creates.length +
                planCommit(phase.report.rows, choices).updates.length}{' '}
              baris)
            </Button>
            <Button onClick={() => setPhase({ step: 'mapping' })}>Kembali ke pemetaan</Button>
            <Button onClick={onClose}>Batal</Button>
          </Stack>
        </>
      ) : null}
      {phase.step === 'committing' ? (
        <Box>
          <Typography variant="body2">{phase.note}</Typography>
          <Typography variant="body2">
            Menyimpan {phase.progress.done} dari {phase.progress.total} baris…
          </Typography>
          <LinearProgress
            variant="determinate"
            value={phase.progress.total ? (100 * phase.progress.done) / phase.progress.total : 0}
            aria-label="Kemajuan impor"
          />
          <Button sx={{ mt: 1 }} onClick={() => (cancelled.current = true)}>
            Batalkan impor
          </Button>
        </Box>
      ) : null}
      {phase.step === 'done' ? (
        <>
          <Alert severity="success">
            Impor selesai: {phase.written} baris disimpan, {phase.skipped} baris tidak disimpan.{' '}
            {phase.note}
          </Alert>
          <Button onClick={onClose}>Tutup</Button>
        </>
      ) : null}
    </Paper>
  );
}
