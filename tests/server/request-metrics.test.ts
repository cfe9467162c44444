import { Writable } from "node:stream";
import pino from "pino";
import restify, { type Server } from "restify";
import { logRequestMetrics } from "../../server/request-metrics";

/** A restify server with the metrics hook, logging JSON lines into `lines`. */
async function startServer(lines: Record<string, unknown>[]): Promise<{ server: Server; url: string }> {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString("utf8").split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  const server = restify.createServer({ handleUncaughtExceptions: false });
  logRequestMetrics(server, pino({ level: "info" }, sink));
  server.get("/api/waves/:waveId", async (_req, res) => void res.send(404, { code: "NOT_FOUND" }));
  server.get("/health", async (_req, res) => void res.send(200, { status: "ok" }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: server.url };
}

/** The "after" event fires once the response is sent: wait until the expected number of lines arrived. */
async function linesAfter(lines: unknown[], count: number): Promise<void> {
  while (lines.length < count) await new Promise((resolve) => setImmediate(resolve));
}

describe("logRequestMetrics", () => {
  let server: Server | undefined;
  afterEach(() => server?.close());

  it("request_isLoggedAsOneJsonLine_withRoutePatternStatusAndDuration_notTheRawUrl", async () => {
    const lines: Record<string, unknown>[] = [];
    const started = await startServer(lines);
    server = started.server;

    const response = await fetch(`${started.url}/api/waves/wave-42?x=secret`);
    await linesAfter(lines, 1);

    expect(response.status).toBe(404);
    expect(lines[0]).toMatchObject({
      msg: "request",
      request: { method: "GET", route: "/api/waves/:waveId" },
      response: { statusCode: 404 },
    });
    expect(typeof lines[0]!.durationMs).toBe("number");
    expect(JSON.stringify(lines)).not.toContain("wave-42");
    expect(JSON.stringify(lines)).not.toContain("secret");
  });

  it("healthProbes_areLoggedAtDebugOnly_soTheyDoNotFloodInfoLogs", async () => {
    const lines: Record<string, unknown>[] = [];
    const started = await startServer(lines);
    server = started.server;

    await fetch(`${started.url}/health`);
    await fetch(`${started.url}/api/waves/w1`);
    await linesAfter(lines, 1);

    expect(lines.map((line) => (line.request as { route: string }).route)).toEqual(["/api/waves/:waveId"]);
  });
});
