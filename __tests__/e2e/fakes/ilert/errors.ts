import { ApiError } from "../fake-server";

/**
 * iLert's error body, the shape ilert-go's `GenericAPIError` reads (`status`, `message`, `code`).
 * The API does not document its `code` values; these are the fake's own.
 */
export interface IlertErrorBody {
  status: number;
  message: string;
  code: string;
}

const CODES: Record<number, string> = { 400: "BAD_REQUEST", 401: "UNAUTHORIZED", 404: "NOT_FOUND" };

export function errorBody(status: number, message: string): IlertErrorBody {
  return { status, message, code: CODES[status] ?? "ERROR" };
}

/** A refusal in iLert's shape: 4xx only, ilert-go retries 5xx and 429. */
export function ilertError(status: 400 | 401 | 404, message: string): ApiError {
  return new ApiError(status, message, errorBody(status, message));
}

export const badRequest = (message: string): ApiError => ilertError(400, message);
export const notFound = (message: string): ApiError => ilertError(404, message);
