import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { StaleWriteError, ValidationError } from '../db';

/**
 * Puts a repository refusal where the officer sees it: schema issues next to their fields, anything
 * else as the banner message that is returned (stale copy, storage failure).
 */
export function applySaveError<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  prefix = '',
): string | undefined {
  if (error instanceof ValidationError) {
    const general: string[] = [];
    for (const issue of error.issues) {
      if (issue.path)
        setError(`${prefix}${issue.path}` as Path<T>, { type: 'server', message: issue.message });
      else general.push(issue.message);
    }
    return general.length > 0 ? general.join('; ') : 'Periksa kembali isian yang ditandai.';
  }
  if (error instanceof StaleWriteError) return error.message;
  return error instanceof Error ? `Gagal menyimpan: ${error.message}` : 'Gagal menyimpan.';
}
