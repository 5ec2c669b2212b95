import FormControlLabel from '@mui/material/FormControlLabel';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import { MERGE_CHOICE_LABELS, type MergeChoice, type MergeItem } from '@shared/bundle/merge-preview';

export interface MergeConflictListProps {
  items: readonly MergeItem[];
  choices: ReadonlyMap<string, MergeChoice>;
  onChoose: (key: string, choice: MergeChoice) => void;
}

const BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt']);
const changed = (item: MergeItem): string => item.changedFields.filter((f) => !BOOKKEEPING.has(f)).join(', ') || 'waktu ubah saja';

const describe = (item: MergeItem): string =>
  item.matchedBy === 'nib'
    ? `NIB sama dengan ${String(item.ours?.name ?? item.ours?.id)} di register kita; isian yang berbeda: ${changed(item)}`
    : `Isian yang berbeda: ${changed(item)}`;

/** Conflicts and updates, each with its own choice (keep ours / take theirs / keep both). */
export function MergeConflictList({ items, choices, onChoose }: MergeConflictListProps) {
  return (
    <List dense aria-label="Bentrok dan pembaruan" sx={{ border: 1, borderColor: 'divider', borderRadius: 1 }}>
      {items.map((item) => (
        <ListItem key={item.key} sx={{ display: 'block' }}>
          <ListItemText primary={`${item.status === 'conflict' ? 'Bentrok' : 'Diperbarui'} · ${item.label}`} secondary={describe(item)} />
          <RadioGroup row aria-label={`Pilihan untuk ${item.label}`} value={choices.get(item.key) ?? item.defaultChoice ?? ''} onChange={(e) => onChoose(item.key, e.target.value as MergeChoice)}>
            {item.choices.map((c) => (
              <FormControlLabel key={c} value={c} control={<Radio size="small" />} label={MERGE_CHOICE_LABELS[c]} />
            ))}
          </RadioGroup>
        </ListItem>
      ))}
    </List>
  );
}
