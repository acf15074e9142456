import { ApiError } from "../fake-server";

/** Datadog's error body: `{"errors": ["..."]}`, one string per reason. */
export function errorBody(...reasons: string[]): { errors: string[] } {
  return { errors: reasons };
}

/** A refusal in Datadog's shape. */
export function datadogError(status: number, ...reasons: string[]): ApiError {
  return new ApiError(status, reasons.join("; "), errorBody(...reasons));
}
