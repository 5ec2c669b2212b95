import { Suspense, lazy, useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { isEmptyRegister } from '@shared/dashboard';
import { PageHeader } from '../../ui/PageHeader';
import { localIsoDate } from '../letter/letter-records';
import { FirstRunPanel } from './FirstRunPanel';
import { QuotaTable } from './QuotaTable';
import { SummaryCards } from './SummaryCards';
import { useDashboard } from './use-dashboard';
import { errorText } from '../../ui/error-text';

const DashboardCharts = lazy(() => import('./DashboardCharts'));

export default function DashboardPage() {
  const [params, setParams] = useSearchParams();
  const state = useDashboard(params.get('periode') ?? undefined);
  const [busy, setBusy] = useState<'pdf' | 'xlsx' | undefined>();
  const [message, setMessage] = useState<
    { severity: 'success' | 'error'; text: string } | undefined
  >();

  if (state.status === 'loading')
    return (
      <>
        <PageHeader title="Beranda" />
        <LinearProgress aria-label="Memuat ringkasan" />
      </>
    );
  if (state.status === 'error')
    return (
      <>
        <PageHeader title="Beranda" />
        <Alert severity="error">Ringkasan tidak dapat dimuat: {state.message}</Alert>
      </>
    );

  const { register, round, data, full } = state;
  if (
    isEmptyRegister({
      sentras: register.sentras,
      enterprises: register.enterprises,
      rounds: register.rounds.length,
    })
  ) {
    return (
      <>
        <PageHeader title="Beranda" subtitle="Mulai di sini" />
        <FirstRunPanel officeComplete={register.officeComplete} />
      </>
    );
  }

  const download = async (kind: 'pdf' | 'xlsx') => {
    if (!full) return;
    setBusy(kind);
    setMessage(undefined);
    try {
      const today = localIsoDate(new Date());
      // The report's writers (PDF, XLSX) load on the first download, not with Beranda.
      const { downloadReportPdf, downloadReportXlsx } = await import('./report-export');
      const result =
        kind === 'pdf'
          ? await downloadReportPdf(full, register.office, today)
          : await downloadReportXlsx(full, today);
      setMessage({
        severity: 'success',
        text: result.saved ? 'Laporan tersimpan.' : 'Laporan diunduh.',
      });
    } catch (error) {
      setMessage({ severity: 'error', text: `Laporan tidak dapat dibuat: ${errorText(error)}` });
    } finally {
      setBusy(undefined);
    }
  };

  const actions = round ? (
    <>
      <TextField
        select
        size="small"
        label="Periode"
        value={round.id}
        onChange={(e) => setParams({ periode: e.target.value })}
        sx={{ minWidth: 160 }}
      >
        {register.rounds.map((r) => (
          <MenuItem key={r.id} value={r.id}>
            {r.name}
          </MenuItem>
        ))}
      </TextField>
      <Button
        variant="contained"
        disabled={!full || busy !== undefined}
        onClick={() => void download('pdf')}
      >
        {busy === 'pdf' ? 'Membuat PDF…' : 'Unduh laporan PDF'}
      </Button>
      <Button
        variant="outlined"
        disabled={!full || busy !== undefined}
        onClick={() => void download('xlsx')}
      >
        {busy === 'xlsx' ? 'Membuat XLSX…' : 'Unduh XLSX'}
      </Button>
    </>
  ) : undefined;

  return (
    <>
      <PageHeader
        title="Beranda"
        subtitle={round ? `Ringkasan ${round.name}` : 'Ringkasan register'}
        actions={actions}
      />
      {!register.officeComplete ? (
        <Alert
          severity="warning"
          sx={{ mb: 2 }}
          action={
            <Button component={RouterLink} to="/pengaturan?tab=profil" color="inherit" size="small">
              Lengkapi
            </Button>
          }
        >
          Profil instansi belum lengkap: laporan rekap memakai kop dan penanda tangan dari profil
          itu.
        </Alert>
      ) : null}
      {message ? (
        <Alert severity={message.severity} sx={{ mb: 2 }} onClose={() => setMessage(undefined)}>
          {message.text}
        </Alert>
      ) : null}
      {!round || !data ? (
        <Alert
          severity="info"
          action={
            <Button component={RouterLink} to="/usulan" color="inherit" size="small">
              Buat periode
            </Button>
          }
        >
          Belum ada periode OVOP. Buat periode untuk mulai mencatat usulan.
        </Alert>
      ) : (
        <>
          <SummaryCards data={data} />
          <QuotaTable data={data} />
          <Suspense fallback={<LinearProgress aria-label="Memuat grafik" />}>
            <DashboardCharts
              data={data}
              breakdown={full?.register}
              breakdownError={state.breakdownError}
            />
          </Suspense>
        </>
      )}
    </>
  );
}
