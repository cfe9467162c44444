import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";

/** One scripted answer of the fake Bot Connector. */
export interface ConnectorReply {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  /** Sent as is instead of `body`, for answers that are not valid JSON. */
  readonly rawBody?: string;
}

/** One request the fake Bot Connector received, with when it arrived and when it was answered (performance.now ms). */
export interface ReceivedRequest {
  readonly conversationId: string;
  readonly path: string;
  readonly authorization: string | undefined;
  readonly activity: Record<string, unknown>;
  readonly status: number;
  readonly receivedAt: number;
  readonly answeredAt: number;
}

/** Teams' answers, shaped as "Status codes from bot conversational APIs" documents them. */
export const replies = {
  throttled: (retryAfter: string): ConnectorReply => ({
    status: 429,
    headers: { "retry-after": retryAfter },
    body: { error: { code: "Throttled", message: "Too many requests." } },
  }),
  unavailable: (): ConnectorReply => ({ status: 503 }),
  preconditionFailed: (): ConnectorReply => ({
    status: 412,
    body: { error: { code: "PreconditionFailed", message: "Precondition failed, please try again." } },
  }),
  gatewayTimeout: (): ConnectorReply => ({ status: 504 }),
  blockedByUser: (): ConnectorReply => ({
    status: 403,
    body: {
      error: { code: "ConversationBlockedByUser", message: "User blocked the conversation with the bot." },
    },
  }),
  /** The MessageWritesBlocked sub-code (errorCode 209), nested in an inner error body as a JSON string. */
  messageWritesBlocked: (): ConnectorReply => ({
    status: 403,
    body: {
      error: {
        code: "Forbidden",
        message: "Forbidden",
        innerHttpError: {
          statusCode: 403,
          body: { errorCode: 209, message: JSON.stringify({ subCode: "MessageWritesBlocked" }) },
        },
      },
    },
  }),
  conversationNotFound: (): ConnectorReply => ({
    status: 404,
    body: { error: { code: "ConversationNotFound", message: "Conversation not found." } },
  }),
};

/**
 * A local stand-in for the Bot Connector used as a serviceUrl: each conversation answers from its
 * script (then 201 with an activity id), and every request is kept, with its timing.
 */
export class ScriptedConnector {
  readonly requests: ReceivedRequest[] = [];
  private readonly scripts = new Map<string, ConnectorReply[]>();
  private readonly server: Server = createServer((req, res) => this.answer(req, res));

  private constructor() {}

  static async start(): Promise<ScriptedConnector> {
    const connector = new ScriptedConnector();
    await new Promise<void>((resolve) => connector.server.listen(0, "127.0.0.1", () => resolve()));
    return connector;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The port, for references that reach this server under another host name. */
  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  script(conversationId: string, ...answers: ConnectorReply[]): void {
    this.scripts.set(conversationId, answers);
  }

  requestsTo(conversationId: string): ReceivedRequest[] {
    return this.requests.filter((r) => r.conversationId === conversationId);
  }

  /** Requests answered 2xx: the messages Teams would show. */
  delivered(conversationId?: string): ReceivedRequest[] {
    return this.requests.filter(
      (r) =>
        r.status >= 200 &&
        r.status < 300 &&
        (conversationId === undefined || r.conversationId === conversationId),
    );
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private answer(req: IncomingMessage, res: ServerResponse): void {
    const receivedAt = performance.now();
    void readBody(req).then((body) => {
      const match = /^\/v3\/conversations\/([^/]+)\/activities(\/[^/]+)?$/.exec(req.url ?? "");
      const conversationId = decodeURIComponent(match?.[1] ?? "");
      const reply =
        req.method === "POST" && match !== null
          ? (this.scripts.get(conversationId)?.shift() ?? {
              status: 201,
              body: { id: `activity-${receivedAt}` },
            })
          : { status: 404 };
      const payload = reply.rawBody ?? (reply.body === undefined ? "" : JSON.stringify(reply.body));
      res.writeHead(reply.status, {
        ...(payload !== "" ? { "content-type": "application/json" } : {}),
        ...reply.headers,
      });
      res.end(payload);
      this.requests.push({
        conversationId,
        path: req.url ?? "",
        authorization: req.headers.authorization,
        activity: JSON.parse(body || "{}") as Record<string, unknown>,
        status: reply.status,
        receivedAt,
        answeredAt: performance.now(),
      });
    });
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}
