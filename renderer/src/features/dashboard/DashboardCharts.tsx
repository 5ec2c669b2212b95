import { useNavigate } from 'react-router';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { BarChart } from '@mui/x-charts/BarChart';
import {
  enterpriseListLink,
  nominationListLink,
  type AwardYearRow,
  type CountBar,
  type DashboardData,
  type RegisterCounts,
} from '@shared/dashboard';
import { commodityBars } from '@shared/dashboard';
import type { Commodity } from '@shared/domain/common/commodity';

/** Loaded lazily: @mui/x-charts is a large chunk and the numbers above must not wait for it. */

type Breakdown = { state: 'counting' } | { state: 'failed'; message: string };

function CountChart({
  title,
  bars,
  onPick,
}: {
  title: string;
  bars: CountBar[] | Breakdown;
  onPick: (bar: CountBar) => void;
}) {
  if (!Array.isArray(bars)) {
    return (
      <Paper
        variant="outlined"
        component="section"
        aria-label={title}
        aria-busy={bars.state === 'counting'}
        sx={{ p: 2 }}
      >
        <Typography variant="subtitle1" component="h2">
          {title}
        </Typography>
        {bars.state === 'counting' ? (
          <>
            <Typography variant="body2" color="text.secondary" sx={{ my: 1 }}>
              Menghitung IKM di register…
            </Typography>
            <LinearProgress aria-label={`Menghitung: ${title}`} />
          </>
        ) : (
          <Alert severity="error" sx={{ mt: 1 }}>
            Jumlah IKM tidak dapat dihitung: {bars.message}
          </Alert>
        )}
      </Paper>
    );
  }
  const height = Math.max(160, 34 * bars.length + 40);
  return (
    <Paper variant="outlined" component="section" aria-label={title} sx={{ p: 2 }}>
      <Typography variant="subtitle1" component="h2">
        {title}
      </Typography>
      <BarChart
        height={height}
        layout="horizontal"
        yAxis={[{ scaleType: 'band', data: bars.map((b) => b.label), width: 190 }]}
        xAxis={[{ tickMinStep: 1 }]}
        series={[{ data: bars.map((b) => b.count), label: 'Jumlah' }]}
        hideLegend
        skipAnimation
        onItemClick={(_e, item) => {
          const bar = bars[item.dataIndex];
          if (bar) onPick(bar);
        }}
      />
    </Paper>
  );
}

function AwardChart({ scale, rows }: { scale: 5 | 3; rows: AwardYearRow[] }) {
  const title = `Bintang skala 1–${scale}`;
  return (
    <Paper variant="outlined" component="section" aria-label={title} sx={{ p: 2 }}>
      <Typography variant="subtitle1" component="h3">
        {title}
      </Typography>
      {rows.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          Belum ada penghargaan pada skala ini.
        </Typography>
      ) : (
        <BarChart
          height={240}
          skipAnimation
          xAxis={[{ scaleType: 'band', data: rows.map((r) => String(r.year)) }]}
          yAxis={[{ tickMinStep: 1 }]}
          series={Array.from({ length: scale }, (_, i) => ({
            data: rows.map((r) => r.stars[i] ?? 0),
            label: `${i + 1} bintang`,
          }))}
        />
      )}
    </Paper>
  );
}

interface DashboardChartsProps {
  data: DashboardData;
  /** The register per kab/kota and commodity, counted after the round's figures (undefined: still counting). */
  breakdown: RegisterCounts | undefined;
  breakdownError: string | undefined;
}

export default function DashboardCharts({ data, breakdown, breakdownError }: DashboardChartsProps) {
  const navigate = useNavigate();
  const pending: Breakdown =
    breakdownError === undefined
      ? { state: 'counting' }
      : { state: 'failed', message: breakdownError };
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, mb: 3 }}>
      <CountChart
        title="IKM terdaftar per kabupaten/kota"
        bars={breakdown?.enterprisesByKabKota ?? pending}
        onPick={(b) => void navigate(enterpriseListLink({ kabKota: b.key }))}
      />
      <Box sx={{ display: 'grid', gap: 2 }}>
        <CountChart
          title="IKM terdaftar per komoditas"
          bars={breakdown?.enterprisesByCommodity ?? pending}
          onPick={(b) => void navigate(enterpriseListLink({ komoditas: b.key as Commodity }))}
        />
        <CountChart
          title="Usulan aktif per komoditas"
          bars={commodityBars(data.summary.byCommodity)}
          onPick={(b) =>
            void navigate(nominationListLink(data.round.id, { komoditas: b.key as Commodity }))
          }
        />
      </Box>
      <Box component="section" aria-labelledby="bintang-judul" sx={{ gridColumn: '1 / -1' }}>
        <Typography id="bintang-judul" variant="subtitle1" component="h2" sx={{ mb: 1 }}>
          Riwayat bintang OVOP per tahun (dua skala ditampilkan terpisah, tidak dijumlahkan)
        </Typography>
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
          <AwardChart scale={5} rows={data.awards[5]} />
          <AwardChart scale={3} rows={data.awards[3]} />
        </Box>
      </Box>
    </Box>
  );
}
