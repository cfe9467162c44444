import type { Request, Response, Route, Server } from "restify";
import type { Logger } from "./logger";

/**
 * One structured log line per HTTP request: method, route pattern (never the raw URL, which may carry ids),
 * status and duration. App Service sends the JSON lines to Log Analytics; Application Insights' Node.js
 * auto-instrumentation adds request and dependency telemetry without an SDK in the app.
 */
export function logRequestMetrics(server: Server, log: Logger): void {
  server.on("after", (req: Request, res: Response, route: Route | undefined) => {
    const entry = {
      request: { method: req.method, route: route?.spec.path?.toString() ?? "unmatched" },
      response: { statusCode: res.statusCode },
      durationMs: Date.now() - req.time(),
    };
    if (entry.request.route === "/health") log.debug(entry, "request");
    else log.info(entry, "request");
  });
}
