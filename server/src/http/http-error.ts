/** An error whose message is meant for the user (Indonesian) and whose status is the reply's. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}
