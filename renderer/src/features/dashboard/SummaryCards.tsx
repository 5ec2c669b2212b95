import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import {
  enterpriseCredentialsLink,
  enterpriseListLink,
  letterLink,
  lettersAwaitingSignedCopyLink,
  nominationListLink,
  sentraListLink,
  type DashboardData,
} from '@shared/dashboard';
import { CREDENTIAL_KIND_LABELS } from '@shared/domain/credential/credential.schema';
import { formatShortDate } from '@shared/domain/common/date';
import { NOMINATION_STATUSES } from '@shared/domain/nomination/nomination.schema';
import { NOMINATION_STATUS_LABELS } from '@shared/domain/nomination/nomination';
import { READINESS_LIGHT_LABELS } from '@shared/domain/readiness/finding';
import { ROUND_PHASE_LABELS } from '@shared/domain/round/round';
import { FigureLink } from './FigureLink';

function Card({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-label={title}
      sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 0.5 }}
    >
      <Typography variant="subtitle2" component="h2" color="text.secondary">
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

function Line({ children }: { children: ReactNode }) {
  return (
    <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 1, fontSize: 14 }}>
      {children}
    </Box>
  );
}

function daysText(days: number): string {
  if (days > 0) return `${days} hari lagi`;
  if (days === 0) return 'Hari terakhir';
  return `Ditutup ${-days} hari lalu`;
}

export function SummaryCards({ data }: { data: DashboardData }) {
  const { summary: s, round } = data;
  const list = (filter: Parameters<typeof nominationListLink>[1] = {}) =>
    nominationListLink(round.id, filter);
  return (
    <Box
      sx={{
        display: 'grid',
        gap: 2,
        gridTemplateColumns: 'repeat(auto-fill, minmax(250px, 1fr))',
        mb: 3,
      }}
    >
      <Card title="Masa usulan">
        <Typography sx={{ fontSize: '2rem', fontWeight: 700, lineHeight: 1.2 }}>
          {daysText(s.daysLeft)}
        </Typography>
        <Typography variant="body2">
          {ROUND_PHASE_LABELS[s.phase]} · {formatShortDate(round.opensOn)} –{' '}
          {formatShortDate(round.closesOn)}
        </Typography>
      </Card>
      <Card title="Usulan aktif">
        <FigureLink big to={list()} count={s.active} label="Usulan aktif" />
        {NOMINATION_STATUSES.filter((st) => s.byStatus[st] > 0).map((st) => (
          <Line key={st}>
            <span>{NOMINATION_STATUS_LABELS[st]}</span>
            <FigureLink
              to={list({ status: st })}
              count={s.byStatus[st]}
              label={`Usulan berstatus ${NOMINATION_STATUS_LABELS[st]}`}
            />
          </Line>
        ))}
      </Card>
      <Card title="Kesiapan (draf sampai divalidasi)">
        {(['siap', 'perlu-perhatian', 'belum-siap'] as const).map((l) => (
          <Line key={l}>
            <span>{READINESS_LIGHT_LABELS[l]}</span>
            <FigureLink
              to={list({ kesiapan: l })}
              count={s.readiness[l]}
              label={`Kesiapan ${READINESS_LIGHT_LABELS[l]}`}
            />
          </Line>
        ))}
        {s.readiness.unknown > 0 ? (
          <Typography variant="body2" color="warning.main">
            {s.readiness.unknown} usulan tidak dapat diperiksa (IKM atau produk tidak ditemukan)
          </Typography>
        ) : null}
      </Card>
      <Card title="Legalitas berakhir sebelum penutupan">
        <FigureLink
          big
          to={list({ legalitas: 'berakhir' })}
          count={data.expiring.length}
          label="Legalitas berakhir sebelum penutupan"
        />
        {data.expiring.slice(0, 5).map((c) => (
          <Typography key={c.credentialId} variant="body2">
            <Link component={RouterLink} to={enterpriseCredentialsLink(c.enterpriseId)}>
              {c.enterpriseName}
            </Link>{' '}
            — {CREDENTIAL_KIND_LABELS[c.kind]} {c.alreadyExpired ? 'sudah kedaluwarsa' : 'berakhir'}{' '}
            {formatShortDate(c.expiresOn)}
          </Typography>
        ))}
        {data.expiring.length > 5 ? (
          <Typography variant="body2">dan {data.expiring.length - 5} lainnya</Typography>
        ) : null}
      </Card>
      <Card title="Surat menunggu pindaian bertanda tangan">
        <FigureLink
          big
          to={lettersAwaitingSignedCopyLink(round.id)}
          count={data.letters.length}
          label="Surat menunggu pindaian bertanda tangan"
        />
        {data.letters.slice(0, 5).map((l) => (
          <Typography key={l.id} variant="body2">
            <Link component={RouterLink} to={letterLink(l.id)}>
              {l.number ?? 'Tanpa nomor'}
            </Link>{' '}
            — {formatShortDate(l.date)}
          </Typography>
        ))}
      </Card>
      <Card title="Register">
        <Line>
          <span>IKM</span>
          <FigureLink
            to={enterpriseListLink()}
            count={data.register.enterprises}
            label="IKM terdaftar"
          />
        </Line>
        <Line>
          <span>Sentra IKM</span>
          <FigureLink
            to={sentraListLink()}
            count={data.register.sentras}
            label="Sentra IKM terdaftar"
          />
        </Line>
      </Card>
    </Box>
  );
}
