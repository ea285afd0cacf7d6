import { SYNC_ERRORS, type PackageProblem, type SyncErrorBody, type SyncErrorCode } from '../../shared/sync';

/** An error a route throws on purpose; the error handler turns it into `{ error: { code, message } }`. */
export class SyncHttpError extends Error {
  readonly code: SyncErrorCode;
  readonly problems: PackageProblem[] | undefined;
  readonly headers: Record<string, string>;

  constructor(
    code: SyncErrorCode,
    message: string,
    options: { problems?: PackageProblem[]; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = 'SyncHttpError';
    this.code = code;
    this.problems = options.problems;
    this.headers = options.headers ?? {};
  }

  get status(): number {
    return SYNC_ERRORS[this.code].status;
  }

  toBody(): SyncErrorBody {
    const error: SyncErrorBody['error'] = { code: this.code, message: this.message };
    if (this.problems) error.problems = this.problems;
    return { error };
  }
}
