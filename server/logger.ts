import pino, { type Logger } from "pino";

export type { Logger };

/** Structured JSON logs (pino): one line per event, secrets never logged. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { app: "tandem" },
    redact: { paths: ["req.headers.authorization", "*.authorization", "token"], censor: "[redacted]" },
  });
}
