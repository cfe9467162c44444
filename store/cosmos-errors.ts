import { TandemError } from "../core/errors";
import { retryTransient } from "./cosmos-retry";

/** The HTTP status of an error thrown by @azure/cosmos, if any. */
export function cosmosStatus(error: unknown): number | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code =
    (error as { code?: unknown; statusCode?: unknown }).code ??
    (error as { statusCode?: unknown }).statusCode;
  return typeof code === "number" ? code : undefined;
}

/**
 * Turns the Cosmos statuses the domain reasons about into typed errors (409 → CONFLICT,
 * 412 → PRECONDITION_FAILED) and rethrows anything else unchanged, so nothing is swallowed.
 */
export function translateCosmosError(error: unknown, what: string): never {
  const status = cosmosStatus(error);
  if (status === 409) throw new TandemError("CONFLICT", `${what} already exists.`);
  if (status === 412)
    throw new TandemError("PRECONDITION_FAILED", `${what} was changed by someone else meanwhile.`);
  throw error;
}

/**
 * Reads a document, answering undefined for 404 instead of throwing. An id Cosmos DB cannot hold (empty or
 * blank, with '/', '\\', '#' or a lone surrogate: refused before any request) names no document either: ids often
 * come from card data or URLs, and a hostile one must read as "not found", not fail the request.
 */
export async function readOrUndefined<T>(
  read: () => Promise<{ resource?: T }>,
  /** The id read, when it may come from outside: one Cosmos DB could never store names no document. */
  id?: string,
): Promise<T | undefined> {
  if (id !== undefined && id.length > MAX_ID_LENGTH) return undefined;
  try {
    const { resource } = await retryTransient(read);
    return resource;
  } catch (error) {
    if (cosmosStatus(error) === 404 || isIllegalIdError(error)) return undefined;
    throw error;
  }
}

/**
 * Cosmos DB ids are at most 255 characters. A longer one (e.g. from card data) is not sent: the SDK and the
 * emulator fail on it with an untyped error instead of a 400.
 */
export const MAX_ID_LENGTH = 255;

/** The plain Errors @azure/cosmos 4.x throws for an id it refuses to send (checked against 4.x messages). */
function isIllegalIdError(error: unknown): boolean {
  if (error instanceof URIError) return true; // a lone surrogate cannot be put into the document's URL
  return (
    error instanceof Error &&
    /^(Illegal characters .* cannot be used in Resource ID|Resource ID must be a string and cannot be undefined, null or empty)/.test(
      error.message,
    )
  );
}
