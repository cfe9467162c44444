import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { Agent as HttpsAgent, createServer, request as httpsRequest, type Server } from "node:https";
import { dirname, join } from "node:path";
import type { AddressInfo, Socket } from "node:net";
import { CosmosClient, type RetryOptions } from "@azure/cosmos";

/** What the proxy does with one request: answer with a fault, hang, or pass it to the emulator. */
export type Fault =
  | { readonly kind: "throttle"; readonly retryAfterMs: number }
  | { readonly kind: "unavailable" }
  | { readonly kind: "hang" }
  /** Forwards the request (the emulator applies it) but never answers: a write lost in a timeout. */
  | { readonly kind: "apply-then-hang" }
  /** Passes the request: a step in a schedule ("fail, pass, fail…"). */
  | { readonly kind: "pass" };

/** Which requests a fault rule applies to. */
export type RequestKind = "read" | "query" | "write" | "any";

/** One request that reached the proxy, and what it got. */
export interface ProxiedRequest {
  readonly method: string;
  readonly path: string;
  readonly kind: Exclude<RequestKind, "any">;
  readonly fault: Exclude<Fault["kind"], "pass"> | "passed";
}

interface Rule {
  readonly matches: RequestKind;
  readonly fault: Fault;
  remaining: number;
}

/**
 * An HTTPS proxy (with the emulator's own self-signed certificate) in front of the embedded Cosmos emulator (HTTPS, self-signed) that injects faults
 * by a programmable schedule: the next n requests of a kind get a 429 with x-ms-retry-after-ms, a 503,
 * or no answer at all (past the client's request timeout); everything else passes through unchanged.
 */
export class CosmosFaultProxy {
  readonly log: ProxiedRequest[] = [];
  private readonly rules: Rule[] = [];
  private readonly sockets = new Set<Socket>();
  private readonly upstreamAgent = new HttpsAgent({ keepAlive: true, rejectUnauthorized: false });
  private endpointUrl = "";

  private constructor(
    private readonly server: Server,
    private readonly upstream: URL,
  ) {}

  static async start(upstreamEndpoint: string): Promise<CosmosFaultProxy> {
    const proxy: CosmosFaultProxy = new CosmosFaultProxy(
      createServer(emulatorCertificate(), (req, res) => proxy.handle(req, res)),
      new URL(upstreamEndpoint),
    );
    proxy.server.on("connection", (socket: Socket) => {
      proxy.sockets.add(socket);
      socket.once("close", () => proxy.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => proxy.server.listen(0, "127.0.0.1", () => resolve()));
    proxy.endpointUrl = `https://127.0.0.1:${(proxy.server.address() as AddressInfo).port}`;
    return proxy;
  }

  get endpoint(): string {
    return this.endpointUrl;
  }

  /** The next `times` requests of kind `matches` get `fault` (rules apply in the order they were added). */
  inject(matches: RequestKind, fault: Fault, times = 1): this {
    this.rules.push({ matches, fault, remaining: times });
    return this;
  }

  /** Drops every pending rule and the request log. */
  reset(): void {
    this.rules.length = 0;
    this.log.length = 0;
  }

  /** How many requests of a kind got a given treatment. */
  count(kind: Exclude<RequestKind, "any">, fault: ProxiedRequest["fault"]): number {
    return this.log.filter((r) => r.kind === kind && r.fault === fault).length;
  }

  /**
   * A client to the emulator through this proxy, with small retry and timeout settings so faults resolve
   * quickly; endpoint discovery off as for the embedded emulator (createEmulatorClient).
   */
  client(
    key: string,
    options: { requestTimeoutMs?: number; retryOptions?: RetryOptions } = {},
  ): CosmosClient {
    return new CosmosClient({
      endpoint: this.endpointUrl,
      key,
      agent: new HttpsAgent({ keepAlive: true, rejectUnauthorized: false }),
      connectionPolicy: {
        enableEndpointDiscovery: false,
        requestTimeout: options.requestTimeoutMs ?? 500,
        retryOptions: options.retryOptions ?? {
          maxRetryAttemptCount: 5,
          fixedRetryIntervalInMilliseconds: 0,
          maxWaitTimeInSeconds: 5,
        },
      },
    });
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    this.upstreamAgent.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const kind = kindOf(req);
    const rule = this.rules.find((r) => r.remaining > 0 && (r.matches === "any" || r.matches === kind));
    if (rule !== undefined) rule.remaining -= 1;
    const fault = rule?.fault;
    const passes = fault === undefined || fault.kind === "pass";
    this.log.push({
      method: req.method ?? "",
      path: req.url ?? "",
      kind,
      fault: passes ? "passed" : fault.kind,
    });
    if (passes || fault.kind === "apply-then-hang") {
      this.forward(req, res, !passes);
      return;
    }
    req.resume();
    if (fault.kind === "hang") return; // the client times out; the socket is destroyed on stop()
    const status = fault.kind === "throttle" ? 429 : 503;
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (fault.kind === "throttle") headers["x-ms-retry-after-ms"] = String(fault.retryAfterMs);
    res.writeHead(status, headers);
    res.end(
      JSON.stringify({
        code: status === 429 ? "TooManyRequests" : "ServiceUnavailable",
        message: "injected",
      }),
    );
  }

  private forward(req: IncomingMessage, res: ServerResponse, dropAnswer: boolean): void {
    const upstream = httpsRequest(
      {
        host: this.upstream.hostname,
        port: this.upstream.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: this.upstream.host },
        agent: this.upstreamAgent,
      },
      (answer) => {
        if (dropAnswer) {
          answer.resume();
          return;
        }
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => res.destroy());
    req.pipe(upstream);
  }
}

function kindOf(req: IncomingMessage): ProxiedRequest["kind"] {
  const isQuery =
    String(req.headers["x-ms-documentdb-isquery"] ?? "").toLowerCase() === "true" ||
    String(req.headers["content-type"] ?? "").startsWith("application/query+json");
  if (isQuery) return "query";
  return req.method === "GET" || req.method === "HEAD" ? "read" : "write";
}

/** The self-signed certificate @vercel/cosmosdb-server serves: the client already accepts it for the emulator. */
function emulatorCertificate(): { cert: Buffer; key: Buffer } {
  const root = dirname(require.resolve("@vercel/cosmosdb-server/package.json"));
  return { cert: readFileSync(join(root, "cert.pem")), key: readFileSync(join(root, "key.pem")) };
}
