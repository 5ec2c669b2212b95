import type { FieldError, FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';

/** The error at a dotted path of react-hook-form's error tree. */
export function errorAt<T extends FieldValues>(
  form: UseFormReturn<T>,
  name: FieldPath<T>,
): FieldError | undefined {
  let node: unknown = form.formState.errors;
  for (const part of name.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'object' && node !== null && 'message' in node
    ? (node as FieldError)
    : undefined;
}

/** Props wiring an MUI TextField to a registered field, with the schema's Indonesian message. */
export function textProps<T extends FieldValues>(
  form: UseFormReturn<T>,
  name: FieldPath<T>,
  options: { number?: boolean; helperText?: string; step?: number } = {},
) {
  const { ref, ...rest } = form.register(name, options.number ? { valueAsNumber: true } : {});
  const error = errorAt(form, name);
  return {
    ...rest,
    inputRef: ref,
    id: `f-${name.replace(/\./g, '-')}`,
    error: error !== undefined,
    helperText: error?.message ?? options.helperText,
    fullWidth: true,
    size: 'small' as const,
    // Values set from code (region → kop lines) must not sit under an unshrunk label.
    slotProps: {
      inputLabel: { shrink: true },
      ...(options.step !== undefined ? { htmlInput: { step: options.step } } : {}),
    },
  };
}
