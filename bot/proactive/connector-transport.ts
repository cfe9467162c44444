/**
 * One HTTP POST of one activity to the Bot Connector, nothing more: no retries, no rate limiting, no
 * serviceUrl check. Use it only through ProactiveSender, which does all three.
 */
export interface ConnectorTransport {
  send(
    reference: Readonly<Record<string, unknown>>,
    activity: Readonly<Record<string, unknown>>,
  ): Promise<{ activityId?: string }>;
}

/**
 * How a send failed: the connector answered with an error status ("http"), no answer came back
 * ("network": refused, reset, DNS, timeout), or something else broke before any request ("unexpected":
 * a token that could not be obtained, a changed SDK).
 */
export type ConnectorFailureKind = "http" | "network" | "unexpected";

export interface ConnectorFailure {
  readonly kind: ConnectorFailureKind;
  /** The HTTP status, for "http" failures. */
  readonly status?: number;
  /** The raw Retry-After header (delta-seconds or an HTTP date), if the connector sent one. */
  readonly retryAfter?: string;
  /** The connector's error code (body `error.code`, e.g. ConversationBlockedByUser), or a network error code. */
  readonly code?: string;
  /** A Teams sub-code found in the body (e.g. MessageWritesBlocked), if any. */
  readonly subCode?: string;
}

/**
 * The one error a ConnectorTransport throws. It carries facts only, never the request: botbuilder's own
 * error holds the signed request, bearer token included, so it must not travel on as a `cause`.
 */
export class ConnectorSendError extends Error implements ConnectorFailure {
  readonly kind: ConnectorFailureKind;
  readonly status?: number;
  readonly retryAfter?: string;
  readonly code?: string;
  readonly subCode?: string;

  constructor(message: string, failure: ConnectorFailure) {
    super(message);
    this.name = "ConnectorSendError";
    this.kind = failure.kind;
    this.status = failure.status;
    this.retryAfter = failure.retryAfter;
    this.code = failure.code;
    this.subCode = failure.subCode;
  }
}
