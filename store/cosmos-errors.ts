import { TandemError } from "../core/errors";

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

/** Reads a document, answering undefined for 404 instead of throwing. */
export async function readOrUndefined<T>(read: () => Promise<{ resource?: T }>): Promise<T | undefined> {
  try {
    const { resource } = await read();
    return resource;
  } catch (error) {
    if (cosmosStatus(error) === 404) return undefined;
    throw error;
  }
}
