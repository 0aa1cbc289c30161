/**
 * The one error type that crosses layers. Queries and actions throw it; route
 * handlers turn it into a status and a JSON body, forms into a message. Its
 * message is always safe to show a person.
 */
export type ErrorCode =
  | "bad_request"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "deadline_passed"
  | "too_large"
  | "unsupported_type"
  | "rate_limited"
  | "internal";

const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  deadline_passed: 409,
  too_large: 413,
  unsupported_type: 415,
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

/** One wording per thing that can be missing: what is not the person's reads exactly like what does not exist. */
const NOT_FOUND = {
  interview: "That interview was not found.",
  item: "That question was not found in this interview.",
  ownedItem: "That question was not found in your interviews.",
  sketch: "No sketch was found for this question.",
  preview: "No preview was found for this sketch.",
  recording: "No recording was found for this question.",
  reference: "This question has no reference diagram.",
  any: "That was not found.",
} as const;

export function notFound(what: keyof typeof NOT_FOUND = "any"): AppError {
  return new AppError("not_found", NOT_FOUND[what]);
}

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError;
}
