import type { ReactNode } from 'react';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { DateField } from './DateField';

/** Thin MUI fields bound to react-hook-form; the schema's Indonesian message shows under the field. */
interface BaseProps<T extends FieldValues> {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  helperText?: ReactNode;
  required?: boolean;
  disabled?: boolean;
}

type TextProps<T extends FieldValues> = BaseProps<T> &
  Pick<TextFieldProps, 'type' | 'multiline' | 'minRows' | 'placeholder' | 'autoFocus' | 'sx'> & {
    /** Applied to what the user types before it reaches the form (e.g. strip NIB separators). */
    normalise?: (text: string) => string;
  };

export function TextFieldElement<T extends FieldValues>({
  control,
  name,
  label,
  helperText,
  normalise,
  type,
  ...rest
}: TextProps<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          {...rest}
          type={type}
          label={label}
          name={field.name}
          inputRef={field.ref}
          value={typeof field.value === 'string' ? field.value : ''}
          onChange={(e) => field.onChange(normalise ? normalise(e.target.value) : e.target.value)}
          onBlur={field.onBlur}
          error={fieldState.error !== undefined}
          helperText={fieldState.error?.message ?? helperText}
        />
      )}
    />
  );
}

/**
 * A date field (dd/mm/yyyy on screen, `YYYY-MM-DD` in the form); empty means `undefined`, or `''`
 * with `emptyAsText` for schemas that keep an unknown date as an empty string.
 */
export function DateFieldElement<T extends FieldValues>({
  control,
  name,
  label,
  helperText,
  required,
  disabled,
  emptyAsText = false,
}: BaseProps<T> & { emptyAsText?: boolean }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <DateField
          label={label}
          name={field.name}
          inputRef={field.ref}
          value={typeof field.value === 'string' ? field.value : ''}
          onChange={(iso) => field.onChange(iso === '' && !emptyAsText ? undefined : iso)}
          onBlur={field.onBlur}
          required={required}
          disabled={disabled}
          error={fieldState.error !== undefined}
          helperText={fieldState.error?.message ?? helperText}
        />
      )}
    />
  );
}

/** A whole-number field: empty means `undefined` so the schema says "wajib diisi". */
export function NumberFieldElement<T extends FieldValues>({
  control,
  name,
  label,
  helperText,
  ...rest
}: BaseProps<T> & { sx?: TextFieldProps['sx'] }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          {...rest}
          label={label}
          name={field.name}
          inputRef={field.ref}
          inputMode="numeric"
          value={
            typeof field.value === 'number' && Number.isFinite(field.value)
              ? String(field.value)
              : typeof field.value === 'string'
                ? field.value
                : ''
          }
          onChange={(e) => {
            const text = e.target.value.replace(/[\s.]/g, '');
            if (text === '') field.onChange(undefined);
            else if (/^-?\d+$/.test(text)) field.onChange(Number(text));
            else field.onChange(text);
          }}
          onBlur={field.onBlur}
          error={fieldState.error !== undefined}
          helperText={fieldState.error?.message ?? helperText}
        />
      )}
    />
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

export function SelectElement<T extends FieldValues>({
  control,
  name,
  label,
  helperText,
  options,
  emptyLabel,
  ...rest
}: BaseProps<T> & {
  options: readonly SelectOption[];
  emptyLabel?: string;
  sx?: TextFieldProps['sx'];
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          {...rest}
          select
          label={label}
          name={field.name}
          inputRef={field.ref}
          value={typeof field.value === 'string' ? field.value : ''}
          onChange={(e) => field.onChange(e.target.value === '' ? undefined : e.target.value)}
          onBlur={field.onBlur}
          error={fieldState.error !== undefined}
          helperText={fieldState.error?.message ?? helperText}
        >
          {emptyLabel !== undefined ? (
            <MenuItem value="">
              <em>{emptyLabel}</em>
            </MenuItem>
          ) : null}
          {options.map((o) => (
            <MenuItem key={o.value} value={o.value}>
              {o.label}
            </MenuItem>
          ))}
        </TextField>
      )}
    />
  );
}

export function CheckboxElement<T extends FieldValues>({
  control,
  name,
  label,
  disabled,
}: BaseProps<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <FormControlLabel
          label={label}
          disabled={disabled}
          control={
            <Checkbox
              name={field.name}
              checked={field.value === true}
              onChange={(e) => field.onChange(e.target.checked)}
              onBlur={field.onBlur}
            />
          }
        />
      )}
    />
  );
}
