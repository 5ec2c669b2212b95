import { Link as RouterLink } from 'react-router';
import Link from '@mui/material/Link';
import { formatCount } from '@shared/dashboard';

/** A count that opens the filtered list behind it; the accessible name says what is counted. */
export function FigureLink({
  to,
  count,
  label,
  big = false,
}: {
  to: string;
  count: number;
  label: string;
  big?: boolean;
}) {
  return (
    <Link
      component={RouterLink}
      to={to}
      aria-label={`${label}: ${count}`}
      data-figure={label}
      data-count={count}
      underline="hover"
      sx={big ? { fontSize: '2rem', fontWeight: 700, lineHeight: 1.2 } : { fontWeight: 600 }}
    >
      {formatCount(count)}
    </Link>
  );
}
