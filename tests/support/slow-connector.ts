import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** One activity the slow connector received: its conversation and notification text. */
export interface ReceivedActivity {
  readonly conversationId: string;
  readonly text: string;
}

/**
 * A stand-in for the Bot Connector that answers every activity only after `delayMs`, so that a test can
 * kill the sending process while requests are still open. It records each activity when it arrives
 * (before answering) and tells `onActivity` about it, synchronously.
 */
export class SlowConnector {
  readonly received: ReceivedActivity[] = [];
  onActivity: (count: number) => void = () => undefined;
  private readonly server: Server;
  private address = "";

  private constructor(private readonly delayMs: number) {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const match = /\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? "");
        if (req.method === "POST" && match !== null) {
          const activity = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as { text?: string };
          this.received.push({ conversationId: decodeURIComponent(match[1]!), text: activity.text ?? "" });
          this.onActivity(this.received.length);
        }
        const id = `sent-${this.received.length}`;
        setTimeout(() => {
          if (res.destroyed) return; // the sender died while waiting: nothing to answer
          res.writeHead(200, { "content-type": "application/json" });
          res.end(JSON.stringify({ id }));
        }, this.delayMs);
      });
    });
  }

  /** The base URL to give as serviceUrl. */
  get url(): string {
    return this.address;
  }

  static async start(delayMs: number): Promise<SlowConnector> {
    const connector = new SlowConnector(delayMs);
    await new Promise<void>((resolve) => connector.server.listen(0, "127.0.0.1", () => resolve()));
    connector.address = `http://127.0.0.1:${(connector.server.address() as AddressInfo).port}`;
    return connector;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
