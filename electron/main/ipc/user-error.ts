/**
 * An error whose message is written for the office user (in Bahasa Indonesia) and may cross IPC
 * as is. Any other error is logged in main and replaced by a generic message.
 */
export class UserFacingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserFacingError';
  }
}
