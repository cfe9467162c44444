import type { CloudAdapter } from "botbuilder";
import restify, { type Request, type Response, type Server } from "restify";
import { TandemError, type ErrorCode } from "../core/errors";
import { assertHrAdmin, type HrPolicy } from "../core/hr-access";
import { isActivityShaped } from "../bot/activity-shape";
import { isAllowedServiceUrl } from "../bot/service-url-policy";
import type { TandemBot } from "../bot/tandem-bot";
import type { ApiFile, ApiRoute } from "../tab/api/api-route";
import type { TokenVerifier } from "../tab/api/token-verifier";
import type { Logger } from "./logger";
import { logRequestMetrics } from "./request-metrics";

/** Largest request body accepted (an HR enrolment CSV of a few thousand people; a questionnaire submission is a few KB). */
export const MAX_BODY_BYTES = 256 * 1024;

/** Largest activity the bot endpoint reads: Teams activities and card submissions are a few KB, all attacker-shaped. */
export const MAX_ACTIVITY_BYTES = 128 * 1024;

const STATUS_BY_CODE: Readonly<Record<ErrorCode, number>> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  NOT_ENROLLED: 404,
  CONFLICT: 409,
  QUESTIONNAIRE_CLOSED: 409,
  ASSESSMENT_CLOSED: 409,
  WAVE_CLOSED: 409,
  INVALID_TRANSITION: 409,
  PRECONDITION_FAILED: 412,
};

export interface HttpServerDeps {
  readonly adapter: CloudAdapter;
  readonly bot: TandemBot;
  readonly allowedServiceUrlHosts: readonly string[];
  readonly routes: readonly ApiRoute[];
  /** Resolves the verifier for signed-in routes (the local issuer only knows its URL once the server listens). */
  readonly verifier: () => TokenVerifier | undefined;
  readonly tabDirectory: string;
  readonly hrPolicy: HrPolicy;
  readonly log: Logger;
}

/** The restify host: the bot endpoint, the tab's API (token checked before any signed-in handler) and the static tab. */
export function createHttpServer(deps: HttpServerDeps): Server {
  const server = restify.createServer({ name: "tandem", handleUncaughtExceptions: false });
  logRequestMetrics(server, deps.log);
  server.use(
    restify.plugins.bodyParser({
      maxBodySize: MAX_BODY_BYTES,
      mapParams: false,
      mapFiles: false,
      rejectUnknown: true,
    }),
  );
  server.use(async (_req: Request, res: Response) => {
    res.header("X-Content-Type-Options", "nosniff");
    res.header("Referrer-Policy", "no-referrer");
  });

  server.post("/api/messages", async (req: Request, res: Response) => {
    const raw = (req as Request & { rawBody?: string | Buffer }).rawBody;
    if (raw !== undefined && Buffer.byteLength(raw) > MAX_ACTIVITY_BYTES) {
      res.send(413, { code: "PAYLOAD_TOO_LARGE", message: "This activity is larger than Tandem accepts." });
      return;
    }
    // botbuilder trusts the activity's field types (a missing type or a numeric id is a 500): check them first.
    if (!isActivityShaped(req.body)) {
      res.send(400, { code: "VALIDATION", message: "This request is not a Bot Framework activity." });
      return;
    }
    const serviceUrl = (req.body as { serviceUrl?: unknown } | undefined)?.serviceUrl;
    if (!isAllowedServiceUrl(serviceUrl, deps.allowedServiceUrlHosts)) {
      deps.log.warn(
        { serviceUrl: String(serviceUrl).slice(0, 200) },
        "activity refused: serviceUrl not allowed",
      );
      res.send(403, {
        code: "FORBIDDEN",
        message: "This activity's serviceUrl is not an allowed Bot Connector host.",
      });
      return;
    }
    await deps.adapter.process(req, res, (context) => deps.bot.run(context));
  });

  for (const route of deps.routes) mountApiRoute(server, route, deps);

  server.get("/health", async (_req: Request, res: Response) => void res.send(200, { status: "ok" }));
  server.get("/", redirectToTab);
  server.get("/tab", redirectToTab);
  server.get(
    "/tab/*",
    restify.plugins.serveStaticFiles(deps.tabDirectory, {
      setHeaders: (res) => {
        res.setHeader(
          "Content-Security-Policy",
          "default-src 'self'; script-src 'self' https://res.cdn.office.net; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self' https://res.cdn.office.net; " +
            "frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.cloud.microsoft https://*.office.com",
        );
        res.setHeader("Cache-Control", "no-cache");
      },
    }),
  );
  return server;
}

async function redirectToTab(_req: Request, res: Response): Promise<void> {
  res.header("Location", "/tab/");
  res.send(302);
}

function mountApiRoute(server: Server, route: ApiRoute, deps: HttpServerDeps): void {
  const handler = async (req: Request, res: Response): Promise<void> => {
    res.header("Cache-Control", "no-store");
    try {
      const identity = route.access === "public" ? undefined : await authenticate(req, deps);
      if (route.access === "hr" && identity !== undefined) assertHrAdmin(identity, deps.hrPolicy);
      const result = await route.handle({
        ...(identity ? { identity } : {}),
        body: req.body ?? {},
        params: (req.params ?? {}) as Record<string, string>,
        query: queryOf(req),
      });
      if (result.file !== undefined) sendFile(res, result.status, result.file);
      else res.send(result.status, result.body);
    } catch (error) {
      sendError(res, error, deps.log);
    }
  };
  switch (route.method) {
    case "GET":
      server.get(route.path, handler);
      break;
    case "POST":
      server.post(route.path, handler);
      break;
    case "PUT":
      server.put(route.path, handler);
      break;
    case "PATCH":
      server.patch(route.path, handler);
      break;
    case "DELETE":
      server.del(route.path, handler);
      break;
  }
}

/** The query string's parameters, first value of each name (restify's queryParser is not mounted). */
function queryOf(req: Request): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(req.getQuery())) if (!(name in query)) query[name] = value;
  return query;
}

/** A download: the bytes as they are, named by an attachment header (the name is ASCII-only by contract). */
function sendFile(res: Response, status: number, file: ApiFile): void {
  const safeName = file.fileName.replace(/[^A-Za-z0-9._-]/g, "_");
  res.sendRaw(status, Buffer.from(file.bytes), {
    "Content-Type": file.contentType,
    "Content-Disposition": `attachment; filename="${safeName}"`,
  });
}

async function authenticate(req: Request, deps: HttpServerDeps) {
  const header = req.header("authorization") ?? "";
  const match = /^Bearer\s+([A-Za-z0-9._~+/=-]+)$/i.exec(header);
  if (!match?.[1])
    throw new TandemError("UNAUTHENTICATED", "Sign in first: this request carries no bearer token.");
  const verify = deps.verifier();
  if (verify === undefined) throw new TandemError("UNAUTHENTICATED", "Sign-in is not ready yet, try again.");
  return verify(match[1]);
}

function sendError(res: Response, error: unknown, log: Logger): void {
  if (error instanceof TandemError) {
    res.send(STATUS_BY_CODE[error.code], {
      code: error.code,
      message: error.message,
      ...(error.fieldErrors.length > 0 ? { fieldErrors: error.fieldErrors } : {}),
    });
    return;
  }
  log.error({ err: error }, "tab API request failed");
  res.send(500, { code: "INTERNAL", message: "Something went wrong on our side. Please try again." });
}
