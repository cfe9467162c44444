/** How often and how long an idempotent Cosmos operation is tried again after a transient failure. */
export interface TransientRetryPolicy {
  /** Waits before each new attempt, in ms: as many retries as entries. */
  readonly delaysMs: readonly number[];
  readonly sleep: (ms: number) => Promise<void>;
}

/** Three retries within about a second: enough for a gateway blip, short beside a bot turn's 15 s. */
export const DEFAULT_TRANSIENT_RETRY: TransientRetryPolicy = {
  delaysMs: [50, 200, 600],
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** Network failures of the Node HTTP stack that mean "no answer", not "refused". */
const NETWORK_CODES = new Set(["ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT", "REQUEST_SEND_ERROR"]);

/**
 * True for failures after which the same request may succeed: 503 (service unavailable), 408 and the
 * SDK's client-side TimeoutError, dropped connections. @azure/cosmos retries 429 itself but not these on
 * point reads and writes (only on queries, and on reads when endpoint discovery is on).
 */
export function isTransientCosmosError(error: unknown): boolean {
  // The SDK puts the HTTP status, or its own error name, in `code` (not cosmosStatus: no import cycle).
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  if (code === 503 || code === 408 || code === "TimeoutError") return true;
  return typeof code === "string" && NETWORK_CODES.has(code);
}

/**
 * Runs an idempotent operation (a point read, a query, an upsert or a create-if-absent under a
 * deterministic id), trying again after transient failures. Never for plain creates or ETag replaces: a
 * timed-out attempt may have been applied, and repeating it would answer CONFLICT or PRECONDITION_FAILED.
 */
export async function retryTransient<T>(
  operation: () => Promise<T>,
  policy: TransientRetryPolicy = DEFAULT_TRANSIENT_RETRY,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      const delay = policy.delaysMs[attempt];
      if (delay === undefined || !isTransientCosmosError(error)) throw error;
      await policy.sleep(delay);
    }
  }
}
