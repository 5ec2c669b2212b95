/** The message of anything thrown, for showing it to the user (an Error's message, else its text). */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
