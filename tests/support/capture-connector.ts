import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** An activity the bot sent to the Bot Connector. */
export interface CapturedActivity {
  readonly path: string;
  readonly activity: {
    type?: string;
    text?: string;
    attachments?: Array<{ contentType: string; content: Record<string, unknown> }>;
    [key: string]: unknown;
  };
}

/** The conversation an activity was sent to (the {id} of its /v3/conversations/{id}/activities path). */
export function conversationOf(captured: CapturedActivity): string {
  return decodeURIComponent(/\/v3\/conversations\/([^/]+)\/activities/.exec(captured.path)?.[1] ?? "");
}

/**
 * A local stand-in for the Bot Connector: the tests use its URL as the activities' serviceUrl and read
 * what the bot sent back (POST /v3/conversations/{id}/activities[/{replyToId}]).
 */
export class CaptureConnector {
  private constructor(
    private readonly server: Server,
    readonly url: string,
    readonly sent: CapturedActivity[],
  ) {}

  /** Listens on `host` (another loopback alias such as 127.0.0.2 stands for a host off the allow-list). */
  static async start(host = "127.0.0.1"): Promise<CaptureConnector> {
    const sent: CapturedActivity[] = [];
    const server = createServer((req, res) => {
      void readBody(req).then((body) => {
        if (req.method === "POST" && /\/v3\/conversations\/[^/]+\/activities/.test(req.url ?? "")) {
          sent.push({
            path: req.url ?? "",
            activity: JSON.parse(body || "{}") as CapturedActivity["activity"],
          });
        }
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ id: `sent-${sent.length}` }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, host, () => resolve()));
    return new CaptureConnector(server, `http://${host}:${(server.address() as AddressInfo).port}`, sent);
  }

  /** Everything sent since the last call. */
  take(): CapturedActivity[] {
    return this.sent.splice(0, this.sent.length);
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
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
