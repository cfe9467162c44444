import {
  ConnectorSendError,
  type ConnectorFailure,
  type ConnectorTransport,
} from "../../../bot/proactive/connector-transport";
import type { VirtualTime } from "./virtual-time";

/** What the fake connector answers to one attempt: a success, or the error the real transport would throw. */
export type FakeReply = "ok" | ConnectorSendError;

/** One attempt as the fake transport saw it (virtual time). */
export interface FakeAttempt {
  readonly conversationId: string;
  readonly tenantId: string;
  readonly text: string;
  readonly at: number;
  readonly reply: "ok" | string;
}

/**
 * A ConnectorTransport on virtual time: answers each conversation's attempts from its script (then
 * "ok"), takes `latencyMs` per attempt, and records every attempt and the peak of attempts in flight.
 */
export class FakeTransport implements ConnectorTransport {
  readonly attempts: FakeAttempt[] = [];
  peakInFlight = 0;
  private inFlight = 0;
  private readonly scripts = new Map<string, FakeReply[]>();

  constructor(
    private readonly time: VirtualTime,
    private readonly latencyMs = 0,
  ) {}

  script(conversationId: string, ...replies: FakeReply[]): this {
    this.scripts.set(conversationId, replies);
    return this;
  }

  async send(
    reference: Readonly<Record<string, unknown>>,
    activity: Readonly<Record<string, unknown>>,
  ): Promise<{ activityId?: string }> {
    const conversation = reference["conversation"] as { id: string; tenantId?: string };
    const at = this.time.ms;
    this.inFlight++;
    this.peakInFlight = Math.max(this.peakInFlight, this.inFlight);
    try {
      if (this.latencyMs > 0) await this.time.sleep(this.latencyMs);
      const reply = this.scripts.get(conversation.id)?.shift() ?? "ok";
      this.attempts.push({
        conversationId: conversation.id,
        tenantId: conversation.tenantId ?? "",
        text: String(activity["text"]),
        at,
        reply: reply === "ok" ? "ok" : String(reply.status ?? reply.kind),
      });
      if (reply !== "ok") throw reply;
      return { activityId: `activity-${this.attempts.length}` };
    } finally {
      this.inFlight--;
    }
  }

  /** Texts delivered (attempts answered "ok"), optionally for one conversation, in order. */
  delivered(conversationId?: string): string[] {
    return this.attempts
      .filter(
        (a) => a.reply === "ok" && (conversationId === undefined || a.conversationId === conversationId),
      )
      .map((a) => a.text);
  }

  attemptsTo(conversationId: string): FakeAttempt[] {
    return this.attempts.filter((a) => a.conversationId === conversationId);
  }
}

export function httpError(
  status: number,
  extras: Omit<ConnectorFailure, "kind" | "status"> = {},
): ConnectorSendError {
  return new ConnectorSendError(`The connector answered ${status}`, { kind: "http", status, ...extras });
}

export function throttled(retryAfter?: string): ConnectorSendError {
  return httpError(429, { code: "Throttled", ...(retryAfter !== undefined ? { retryAfter } : {}) });
}

export function networkError(code = "ECONNRESET"): ConnectorSendError {
  return new ConnectorSendError(`No answer from the connector: ${code}`, { kind: "network", code });
}
