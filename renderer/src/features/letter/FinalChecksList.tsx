import Alert from '@mui/material/Alert';
import List from '@mui/material/List';
import Link from '@mui/material/Link';
import ListItem from '@mui/material/ListItem';
import { Link as RouterLink } from 'react-router';
import { REQUEST_LETTER_PROBLEM } from '@shared/domain/letter';

/** What still stops the letter from being final (letters.md checks), or a ready message. */
export function FinalChecksList({
  problems,
  roundId,
}: {
  problems: readonly string[];
  roundId: string;
}) {
  if (problems.length === 0)
    return <Alert severity="success">Pemeriksaan sebelum final: semua terpenuhi.</Alert>;
  return (
    <Alert severity="warning" role="region" aria-label="Pemeriksaan sebelum final">
      Belum dapat difinalkan:
      <List dense disablePadding>
        {problems.map((p) => (
          <ListItem
            key={p}
            disableGutters
            sx={{ display: 'list-item', listStyle: 'disc', ml: 2, py: 0 }}
          >
            {p}
            {p.startsWith(REQUEST_LETTER_PROBLEM) && (
              <>
                {' '}
                <Link
                  component={RouterLink}
                  to={`/usulan/periode/${encodeURIComponent(roundId)}/ubah`}
                >
                  Isi surat Kementerian
                </Link>
              </>
            )}
          </ListItem>
        ))}
      </List>
    </Alert>
  );
}
