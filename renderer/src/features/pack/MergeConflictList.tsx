import FormControlLabel from '@mui/material/FormControlLabel';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { fieldLabel, fieldValue } from '@shared/bundle/field-labels';
import {
  MERGE_CHOICE_LABELS,
  MERGE_STATUS_LABELS,
  rowLabel,
  type MergeChoice,
  type MergeItem,
} from '@shared/bundle/merge-preview';

export interface MergeConflictListProps {
  items: readonly MergeItem[];
  choices: ReadonlyMap<string, MergeChoice>;
  onChoose: (key: string, choice: MergeChoice) => void;
}

function describe(item: MergeItem): string {
  const ours = item.ours ? rowLabel(item.table, item.ours) : '';
  if (item.matchedBy === 'candidate')
    return `Mungkin sama dengan ${ours} (${item.basis}); pastikan dulu.`;
  if (item.matchedBy === 'key') return `Sama dengan ${ours} di register ini (${item.basis}).`;
  return item.changedFields.length === 0 ? 'Isinya sama.' : 'Catatan yang sama, isinya berbeda.';
}

/** Conflicts and updates, each with its differences field by field and its own choice. */
export function MergeConflictList({ items, choices, onChoose }: MergeConflictListProps) {
  return (
    <List
      dense
      aria-label="Bentrok dan pembaruan"
      sx={{ border: 1, borderColor: 'divider', borderRadius: 1 }}
    >
      {items.map((item) => (
        <ListItem key={item.key} sx={{ display: 'block' }}>
          <ListItemText
            primary={`${MERGE_STATUS_LABELS[item.status]} · ${item.label}`}
            secondary={describe(item)}
          />
          {item.changedFields.length > 0 ? (
            <Table size="small" aria-label={`Perbedaan ${item.label}`}>
              <TableHead>
                <TableRow>
                  <TableCell>Isian</TableCell>
                  <TableCell>Di register ini</TableCell>
                  <TableCell>Di bundel</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {item.changedFields.map((field) => (
                  <TableRow key={field}>
                    <TableCell>{fieldLabel(field)}</TableCell>
                    <TableCell>{fieldValue(item.ours?.[field], field, item.table)}</TableCell>
                    <TableCell>{fieldValue(item.theirs[field], field, item.table)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          ) : null}
          <RadioGroup
            row
            aria-label={`Pilihan untuk ${item.label}`}
            value={choices.get(item.key) ?? item.defaultChoice ?? ''}
            onChange={(e) => onChoose(item.key, e.target.value as MergeChoice)}
          >
            {item.choices.map((c) => (
              <FormControlLabel
                key={c}
                value={c}
                control={<Radio size="small" />}
                label={MERGE_CHOICE_LABELS[c]}
              />
            ))}
          </RadioGroup>
        </ListItem>
      ))}
    </List>
  );
}
