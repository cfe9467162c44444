/**
 * An open-loop load generator for the fixed-rate runs of the load benchmark: request k starts at
 * t0 + k / rate whatever the earlier answers did, so the load is evenly spaced (autocannon's `overallRate`
 * releases each second's budget at once, in a burst, which measures its own queueing rather than the
 * server's). Latency is counted from the scheduled start, so a generator or server that falls behind is
 * charged for it (no coordinated omission).
 */
import { Agent, request as httpRequest } from "node:http";

export interface LoadRequest {
  readonly method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
}

export interface PacedResult {
  readonly requests: number;
  readonly seconds: number;
  /** Latencies in ms, ascending. */
  readonly latencies: readonly number[];
  /** Non-2xx answers, socket errors and timeouts. */
  readonly errors: number;
}

/** Sends `rate` requests per second for `seconds` to `url`, each built by `next(k)`, and waits for every answer. */
export async function pacedLoad(
  url: string,
  next: (k: number) => LoadRequest,
  options: { rate: number; seconds: number; timeoutMs?: number },
): Promise<PacedResult> {
  const { hostname, port } = new URL(url);
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const total = Math.round(options.rate * options.seconds);
  const interval = 1_000 / options.rate;
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const pending: Array<Promise<void>> = [];
  for (let k = 0; k < total; k++) {
    const due = started + k * interval;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const spec = next(k);
    pending.push(
      send(agent, hostname, Number(port), spec, options.timeoutMs ?? 10_000).then(
        (ok) => {
          latencies.push(performance.now() - due);
          if (!ok) errors++;
        },
        () => {
          latencies.push(performance.now() - due);
          errors++;
        },
      ),
    );
  }
  await Promise.all(pending);
  const seconds = (performance.now() - started) / 1_000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { requests: total, seconds, latencies, errors };
}

/** The q-quantile (0..1) of ascending values, nearest rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

function send(
  agent: Agent,
  host: string,
  port: number,
  spec: LoadRequest,
  timeoutMs: number,
): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { agent, host, port, method: spec.method, path: spec.path, headers: spec.headers, timeout: timeoutMs },
      (res) => {
        res.resume();
        res.once("end", () => resolve((res.statusCode ?? 0) >= 200 && (res.statusCode ?? 0) < 300));
        res.once("error", reject);
      },
    );
    req.once("timeout", () => req.destroy(new Error("timeout")));
    req.once("error", reject);
    req.end(spec.body);
  });
}
