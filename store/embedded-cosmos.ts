import type { IncomingMessage, ServerResponse } from "node:http";
import { Agent } from "node:https";
import type { AddressInfo, Socket } from "node:net";
import { CosmosClient } from "@azure/cosmos";
import { createHttpsServer } from "@vercel/cosmosdb-server";

/** An in-process Cosmos DB emulator (@vercel/cosmosdb-server) with a client bound to it; in-memory only. */
export interface EmbeddedCosmos {
  readonly endpoint: string;
  readonly key: string;
  readonly client: CosmosClient;
  /** Called after every request that changed data (create/replace/upsert/patch/delete of documents, containers, databases) has been answered. */
  onChange(listener: () => void): void;
  /** Disposes the client, closes the server and destroys its open keep-alive sockets; safe to call twice. */
  stop(): Promise<void>;
}

/** The emulator accepts any key; this one only has to be stable for the client's request signing. */
const EMULATOR_KEY = "tandem-embedded-emulator";

/** Starts the emulator on `host:port` (port 0 = a random free port) and connects a client to it. */
export async function startEmbeddedCosmos(
  options: { port?: number; host?: string } = {},
): Promise<EmbeddedCosmos> {
  const host = options.host ?? "127.0.0.1";
  const server = createHttpsServer({ keepAlive: true });
  const listeners: Array<() => void> = [];
  const sockets = new Set<Socket>();

  // Raw TCP sockets, so a connection still in its TLS handshake is destroyed on stop() too.
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });
  server.on("request", (request: IncomingMessage, response: ServerResponse) => {
    if (!changesData(request)) return;
    response.once("finish", () => {
      if (response.statusCode >= 200 && response.statusCode < 300) {
        for (const listener of listeners) listener();
      }
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });

  const { port } = server.address() as AddressInfo;
  const endpoint = `https://${endpointHost(host)}:${port}`;
  const client = createEmulatorClient(endpoint, EMULATOR_KEY);
  let stopped: Promise<void> | undefined;

  return {
    endpoint,
    key: EMULATOR_KEY,
    client,
    onChange(listener) {
      listeners.push(listener);
    },
    stop() {
      stopped ??= new Promise<void>((resolve, reject) => {
        client.dispose();
        server.close((error) => (error ? reject(error) : resolve()));
        for (const socket of sockets) socket.destroy();
      });
      return stopped;
    },
  };
}

/**
 * A client for the embedded emulator: accepts its self-signed certificate (expired in 2021), keeps
 * connections alive and skips endpoint discovery. Local and test use only: production must never use it.
 */
export function createEmulatorClient(endpoint: string, key: string): CosmosClient {
  return new CosmosClient({
    endpoint,
    key,
    agent: new Agent({ keepAlive: true, rejectUnauthorized: false }),
    connectionPolicy: { enableEndpointDiscovery: false },
  });
}

/**
 * True for requests that can change data. Queries are POSTs too: @azure/cosmos marks them with
 * `x-ms-documentdb-isquery: true`, but its query-plan request carries only
 * `content-type: application/query+json` (the emulator's router also treats that as a query).
 */
function changesData(request: IncomingMessage): boolean {
  switch (request.method) {
    case "PUT":
    case "PATCH":
    case "DELETE":
      return true;
    case "POST":
      return !isQuery(request);
    default:
      return false;
  }
}

function isQuery(request: IncomingMessage): boolean {
  const isQueryHeader = request.headers["x-ms-documentdb-isquery"];
  const contentType = request.headers["content-type"] ?? "";
  return (
    (typeof isQueryHeader === "string" && isQueryHeader.toLowerCase() === "true") ||
    contentType.toLowerCase().startsWith("application/query+json")
  );
}

/** A wildcard listen address is reached through loopback; IPv6 literals need brackets in a URL. */
function endpointHost(host: string): string {
  if (host === "0.0.0.0") return "127.0.0.1";
  if (host === "::") return "[::1]";
  return host.includes(":") ? `[${host}]` : host;
}
