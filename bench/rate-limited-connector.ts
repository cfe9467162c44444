import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { RateWindow } from "../bot/proactive/rate-limiter";

/** The limits the fake connector enforces (DESIGN.md "Teams limits"). */
export interface ConnectorLimits {
  readonly conversationWindows: readonly RateWindow[];
  readonly tenantWindows: readonly RateWindow[];
}

/**
 * A local stand-in for the Bot Connector that enforces Teams' rate limits the way Teams does: a request
 * over any per-conversation or per-tenant window gets 429 with Retry-After (whole seconds), and only
 * accepted requests count against the windows. Every accepted activity is recorded by its key (the
 * activity's text), so the benchmark can count duplicates and losses.
 */
export class RateLimitedConnector {
  /** Accepted activities per message key. */
  readonly acceptedByKey = new Map<string, number>();
  accepted = 0;
  throttled = 0;
  private readonly conversationGrants = new Map<string, number[]>();
  private readonly tenantGrants: number[] = [];

  private constructor(
    private readonly server: Server,
    readonly url: string,
    private readonly limits: ConnectorLimits,
  ) {}

  static async start(limits: ConnectorLimits): Promise<RateLimitedConnector> {
    const holder: { connector?: RateLimitedConnector } = {};
    const server = createServer((req, res) => {
      const connector = holder.connector;
      void readBody(req).then((body) => {
        const match = /\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? "");
        if (req.method !== "POST" || !match || connector === undefined) {
          res.writeHead(404).end();
          return;
        }
        const waitMs = connector.admit(decodeURIComponent(match[1] ?? ""), Date.now());
        if (waitMs > 0) {
          connector.throttled++;
          res.writeHead(429, {
            "content-type": "application/json",
            "retry-after": String(Math.max(1, Math.ceil(waitMs / 1000))),
          });
          res.end(JSON.stringify({ error: { code: "Throttled", message: "Too many requests" } }));
          return;
        }
        const key = String((JSON.parse(body || "{}") as { text?: unknown }).text ?? "");
        connector.acceptedByKey.set(key, (connector.acceptedByKey.get(key) ?? 0) + 1);
        connector.accepted++;
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ id: `activity-${connector.accepted}` }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    holder.connector = new RateLimitedConnector(server, url, limits);
    return holder.connector;
  }

  /** Forgets every count (between runs). */
  reset(): void {
    this.acceptedByKey.clear();
    this.conversationGrants.clear();
    this.tenantGrants.length = 0;
    this.accepted = 0;
    this.throttled = 0;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** 0 and counts the request when every window has room; otherwise the ms until the tightest one does. */
  private admit(conversationId: string, now: number): number {
    const conversation = this.conversationGrants.get(conversationId) ?? [];
    const wait = Math.max(
      waitFor(conversation, this.limits.conversationWindows, now),
      waitFor(this.tenantGrants, this.limits.tenantWindows, now),
    );
    if (wait > 0) return wait;
    conversation.push(now);
    this.conversationGrants.set(conversationId, conversation);
    this.tenantGrants.push(now);
    if (this.tenantGrants.length > 10_000) this.tenantGrants.splice(0, 5_000);
    return 0;
  }
}

/** Ms until one more grant fits in every window (grants ascending); 0 when it fits now. */
function waitFor(grants: readonly number[], windows: readonly RateWindow[], now: number): number {
  let wait = 0;
  for (const { limit, windowMs } of windows) {
    const blocking = grants[grants.length - limit];
    if (blocking !== undefined && blocking + windowMs > now) wait = Math.max(wait, blocking + windowMs - now);
  }
  return wait;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}
