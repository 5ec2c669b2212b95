import { Link as RouterLink } from 'react-router';
import Alert from '@mui/material/Alert';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import { SEVERITY_LABELS, type Finding } from '@shared/domain/readiness/finding';
import { findingLink, type FindingRefs } from '@shared/nomination-view/finding-link';

/** Every finding of one candidate, blocking first, each with a link to the field to fix. */
export function ReadinessList({
  findings,
  refs,
}: {
  findings: readonly Finding[];
  refs: FindingRefs;
}) {
  if (findings.length === 0) {
    return (
      <Alert severity="success" role="status">
        Semua persyaratan terpenuhi. Usulan ini siap.
      </Alert>
    );
  }
  return (
    <List dense aria-label="Hasil pemeriksaan kesiapan" disablePadding>
      {findings.map((f) => {
        const link = findingLink(f, refs);
        return (
          <ListItem
            key={`${f.code}-${f.target.id ?? ''}-${f.target.field ?? ''}`}
            divider
            data-finding={f.code}
            data-severity={f.severity}
            sx={{ alignItems: 'flex-start', gap: 1.5 }}
          >
            <Chip
              size="small"
              sx={{ mt: 0.5, minWidth: 120 }}
              color={f.severity === 'blocking' ? 'error' : 'warning'}
              label={SEVERITY_LABELS[f.severity]}
            />
            <ListItemText
              primary={f.message}
              secondary={
                <Link component={RouterLink} to={link.href}>
                  Perbaiki: {link.label}
                </Link>
              }
            />
          </ListItem>
        );
      })}
    </List>
  );
}
