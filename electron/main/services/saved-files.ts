/**
 * Paths never come from the renderer. When main saves a file chosen in its own save dialog it
 * issues an opaque token; later requests (reveal) name the file by that token only. Tokens live
 * for the session, in memory.
 */
export class SavedFileRegistry {
  readonly #paths = new Map<string, string>();

  constructor(private readonly newToken: () => string) {}

  issue(filePath: string): string {
    const token = this.newToken();
    this.#paths.set(token, filePath);
    return token;
  }

  /** The path a token stands for, or undefined when main never issued it. */
  resolve(token: string): string | undefined {
    return this.#paths.get(token);
  }
}
