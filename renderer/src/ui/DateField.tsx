import { useState, type ReactNode, type Ref } from 'react';
import type { SxProps, Theme } from '@mui/material/styles';
import { DesktopDatePicker } from '@mui/x-date-pickers/DesktopDatePicker';
import dayjs, { type Dayjs } from 'dayjs';
import { isIsoDate } from '@shared/domain/common/date';
import { DateLocalization } from './DateLocalization';

/** What the field hands to the form for a date that is typed but not a real calendar date. */
const INVALID_DATE_TEXT = 'tanggal-tidak-valid';

const DISPLAY_DATE_FORMAT = 'DD/MM/YYYY';

export interface DateFieldProps {
  readonly label: string;
  /** `YYYY-MM-DD`, or '' when empty. */
  readonly value: string | undefined;
  /** Receives `YYYY-MM-DD`, '' when cleared, or {@link INVALID_DATE_TEXT} for an impossible date. */
  readonly onChange: (iso: string) => void;
  readonly onBlur?: () => void;
  readonly name?: string;
  readonly inputRef?: Ref<HTMLInputElement>;
  readonly error?: boolean;
  readonly helperText?: ReactNode;
  readonly required?: boolean;
  readonly disabled?: boolean;
  readonly readOnly?: boolean;
  readonly size?: 'small' | 'medium';
  readonly sx?: SxProps<Theme>;
}

function toDayjs(value: string | undefined): Dayjs | null {
  if (!value) return null;
  return isIsoDate(value) ? dayjs(value) : null;
}

/**
 * The one date field of every form: typed and shown as dd/mm/yyyy (Indonesian calendar) whatever
 * the system language, stored as ISO `YYYY-MM-DD`. It brings its own localization, so the date
 * library loads with the pages that have date fields, not with the app's first paint.
 */
export function DateField({
  label,
  value,
  onChange,
  onBlur,
  name,
  inputRef,
  error,
  helperText,
  required,
  disabled,
  readOnly,
  size = 'small',
  sx,
}: DateFieldProps) {
  const [invalid, setInvalid] = useState(false);
  return (
    <DateLocalization>
      <DesktopDatePicker
        label={label}
        format={DISPLAY_DATE_FORMAT}
        value={toDayjs(value)}
        disabled={disabled}
        readOnly={readOnly}
        inputRef={inputRef}
        name={name}
        onChange={(next) => {
          if (next === null) {
            setInvalid(false);
            onChange('');
          } else if (next.isValid()) {
            setInvalid(false);
            onChange(next.format('YYYY-MM-DD'));
          } else {
            setInvalid(true);
            onChange(INVALID_DATE_TEXT);
          }
        }}
        sx={sx}
        slotProps={{
          textField: {
            size,
            fullWidth: true,
            required,
            onBlur,
            error: invalid || error,
            helperText: invalid ? 'Tanggal tidak valid: ketik hh/bb/tttt' : helperText,
          },
          openPickerButton: {
            'aria-label': `Pilih ${label.replace(/\s*\*$/, '').toLowerCase()} dari kalender`,
          },
        }}
      />
    </DateLocalization>
  );
}
