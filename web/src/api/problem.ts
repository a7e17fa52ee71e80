// RFC 9457 problem+json as every RenOS service and the gateway answer errors.

export interface FieldProblem {
  field: string;
  message: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  errors?: FieldProblem[];
  [extension: string]: unknown;
}

/** A failed API call: the HTTP status and, when the body was problem+json, the problem. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | null;
  readonly retryAfterSeconds: number | null;

  constructor(status: number, problem: Problem | null, retryAfterSeconds: number | null = null) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** The field errors, by field name (the first message per field). */
  get fieldErrors(): Record<string, string> {
    const byField: Record<string, string> = {};
    for (const error of this.problem?.errors ?? []) {
      byField[error.field] ??= error.message;
    }
    return byField;
  }
}

/** Reads the problem from a failed response (null when the body is not JSON). */
export async function problemOf(response: Response): Promise<Problem | null> {
  const type = response.headers.get('Content-Type') ?? '';
  if (!type.includes('json')) return null;
  try {
    return (await response.clone().json()) as Problem;
  } catch {
    return null;
  }
}

export async function apiErrorOf(response: Response): Promise<ApiError> {
  return apiErrorFrom(response, await problemOf(response));
}

/** An ApiError from a response whose body was already read (e.g. by openapi-fetch). */
export function apiErrorFrom(response: Response, body: unknown): ApiError {
  const retryAfter = Number(response.headers.get('Retry-After'));
  const problem = body && typeof body === 'object' ? (body as Problem) : null;
  return new ApiError(response.status, problem, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null);
}

/** A sentence in Danish for an error, for the error state of a screen. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    switch (error.status) {
      case 401:
        return 'Du er ikke logget ind.';
      case 403:
        return 'Du har ikke adgang til dette.';
      case 404:
        return 'Det findes ikke (længere).';
      case 429:
        return 'For mange forespørgsler. Vent et øjeblik og prøv igen.';
      case 502:
      case 503:
      case 504:
        return `En tjeneste svarer ikke${typeof error.problem?.service === 'string' ? ` (${error.problem.service})` : ''}. Prøv igen om lidt.`;
      default:
        return error.problem?.detail ?? error.problem?.title ?? `Fejl fra serveren (HTTP ${error.status}).`;
    }
  }
  if (error instanceof TypeError) return 'Ingen forbindelse til RenOS. Tjek netværket og prøv igen.';
  return 'Noget gik galt.';
}
