/** An error whose message is meant for the user (Indonesian) and whose status is the reply's. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export const forbidden = (message: string): HttpError => new HttpError(403, message);
export const badRequest = (message: string): HttpError => new HttpError(400, message);
