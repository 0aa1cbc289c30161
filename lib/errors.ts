/**
 * The one error type that crosses layers. Queries and actions throw it; route
 * handlers turn it into a status and a JSON body, forms into a message. Its
 * message is always safe to show a person.
 */
export type ErrorCode =
  | "bad_request"
  | "unauthorized"
  | "not_found"
  | "conflict"
  | "deadline_passed"
  | "too_large"
  | "rate_limited"
  | "internal";

const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  not_found: 404,
  conflict: 409,
  deadline_passed: 409,
  too_large: 413,
  rate_limited: 429,
  internal: 500,
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return STATUS[this.code];
  }
}

export const notFound = (what = "That") => new AppError("not_found", `${what} was not found.`);
export const badRequest = (message: string, details?: Record<string, unknown>) =>
  new AppError("bad_request", message, details);

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError;
}
