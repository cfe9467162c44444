import { TandemError } from "../../core/errors";
import type { ApiRequest } from "./api-route";

/** The request's JSON object body; anything else (array, text, nothing) reads as an empty object. */
export function bodyOf(request: ApiRequest): Record<string, unknown> {
  return typeof request.body === "object" && request.body !== null && !Array.isArray(request.body)
    ? (request.body as Record<string, unknown>)
    : {};
}

/** A path parameter; a missing one is a route that does not exist. */
export function pathParam(request: ApiRequest, name: string): string {
  const value = request.params[name];
  if (typeof value !== "string" || value === "") throw new TandemError("NOT_FOUND", "Not found.");
  return value;
}

/** A required text field of the body, or VALIDATION naming the field. */
export function textField(body: Record<string, unknown>, field: string): string {
  const value = body[field];
  if (typeof value !== "string" || value.trim() === "" || value.length > 300) {
    throw new TandemError("VALIDATION", `Say which one: ${field} is missing.`, [
      { field, message: `Give ${field} as an id.` },
    ]);
  }
  return value;
}
