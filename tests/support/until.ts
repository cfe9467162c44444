/**
 * Waits for a background runner's effect (a message captured at the connector, a document written): checks
 * every 100 ms and fails, naming what it waited for, after `timeoutMs`.
 */
export async function until(done: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
