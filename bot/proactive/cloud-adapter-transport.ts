import type { Activity, CloudAdapter, ConversationReference, TurnContext } from "botbuilder";
import { ConnectorSendError, type ConnectorTransport } from "./connector-transport";

/** What botbuilder throws for a connector call: @azure/core-rest-pipeline's RestError (duck-typed, not imported). */
interface RestErrorLike extends Error {
  readonly statusCode?: unknown;
  readonly code?: unknown;
  readonly response?: {
    readonly headers?: { get(name: string): string | undefined };
    readonly bodyAsText?: string | null;
  };
}

/** The retry policy @azure/core-rest-pipeline puts in every connector client's pipeline. */
const SDK_RETRY_POLICY = "defaultRetryPolicy";

/**
 * The Bot Framework transport: `CloudAdapter.continueConversationAsync` + `context.sendActivity`, one
 * HTTP request per call. With an empty bot app id (local mode, authentication off) no token is sent.
 *
 * Two things botbuilder 4.23.3 does that this class undoes:
 * - its connector client retries by itself (core-rest-pipeline's defaultRetryPolicy: up to 3 more
 *   requests on 429/503 with Retry-After — sleeping as long as told — and on 408/5xx/network errors),
 *   and ignores the `noRetryPolicy` option; so the policy is removed from this turn's client, and the
 *   sender's limiter and retry policy see every request;
 * - a failure inside the turn goes to the adapter's `onTurnError` (which logs and swallows it), so the
 *   send is wrapped and its error carried out of the turn.
 */
export class CloudAdapterTransport implements ConnectorTransport {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly botAppId: string,
  ) {}

  async send(
    reference: Readonly<Record<string, unknown>>,
    activity: Readonly<Record<string, unknown>>,
  ): Promise<{ activityId?: string }> {
    let result: { activityId?: string } | undefined;
    let failure: unknown;
    try {
      await this.adapter.continueConversationAsync(
        this.botAppId,
        reference as Partial<ConversationReference>,
        async (context) => {
          try {
            removeSdkRetries(context, this.adapter.ConnectorClientKey);
            const response = await context.sendActivity({ ...activity } as Partial<Activity>);
            result = response?.id ? { activityId: response.id } : {};
          } catch (error) {
            if (isRestError(error) && isSuccess(error.statusCode))
              result = {}; // sent; only the answer was unreadable
            else failure = error;
          }
        },
      );
    } catch (error) {
      throw toSendError(error);
    }
    if (failure !== undefined) throw toSendError(failure);
    if (result === undefined)
      throw new ConnectorSendError("The bot adapter ended the turn without sending.", { kind: "unexpected" });
    return result;
  }
}

/** One send = one HTTP request: drops the SDK's own retries from this turn's connector client (new per call). */
function removeSdkRetries(context: TurnContext, connectorClientKey: symbol): void {
  const connector = context.turnState.get(connectorClientKey) as
    { client?: { pipeline?: { removePolicy?: (options: { name: string }) => unknown[] } } } | undefined;
  const pipeline = connector?.client?.pipeline;
  const removed =
    typeof pipeline?.removePolicy === "function" ? pipeline.removePolicy({ name: SDK_RETRY_POLICY }) : [];
  if (removed.length !== 1)
    throw new ConnectorSendError(
      `botbuilder's connector client changed: its "${SDK_RETRY_POLICY}" could not be removed, so sends would be retried twice over.`,
      { kind: "unexpected" },
    );
}

/**
 * Maps what botbuilder throws (checked against botframework-connector 4.23.3 / @azure/core-client):
 * an error status is a RestError with `statusCode`, `code` = the body's `error.code`, `message` = the
 * body's `error.message`, and `response.headers` / `response.bodyAsText`; no answer at all is a
 * RestError without `statusCode` and with a system `code` (ECONNREFUSED, ECONNRESET, REQUEST_SEND_ERROR…).
 */
function toSendError(error: unknown): ConnectorSendError {
  if (error instanceof ConnectorSendError) return error;
  if (!isRestError(error))
    return new ConnectorSendError(error instanceof Error ? error.message : String(error), {
      kind: "unexpected",
    });
  const code = typeof error.code === "string" && error.code !== "" ? error.code : undefined;
  if (typeof error.statusCode !== "number")
    return new ConnectorSendError(`No answer from the connector: ${clip(error.message)}`, {
      kind: "network",
      ...(code !== undefined ? { code } : {}),
    });
  const status = error.statusCode;
  const retryAfter = error.response?.headers?.get("retry-after") ?? undefined;
  const subCode = subCodeIn(error.response?.bodyAsText ?? "");
  return new ConnectorSendError(
    `The connector answered ${status}${code !== undefined ? ` ${code}` : ""}: ${clip(error.message)}`,
    {
      kind: "http",
      status,
      ...(code !== undefined ? { code } : {}),
      ...(subCode !== undefined ? { subCode } : {}),
      ...(retryAfter !== undefined ? { retryAfter } : {}),
    },
  );
}

function isRestError(error: unknown): error is RestErrorLike {
  return error instanceof Error && error.name === "RestError";
}

function isSuccess(status: unknown): boolean {
  return typeof status === "number" && status >= 200 && status < 300;
}

/** Teams puts `subCode` (e.g. MessageWritesBlocked) in the body, sometimes inside a JSON string: read it either way. */
function subCodeIn(body: string): string | undefined {
  return /subCode\\*"?\s*:\s*\\*"([A-Za-z]+)/.exec(body)?.[1];
}

/** Error bodies can be whole HTML pages: keep messages short. */
function clip(text: string): string {
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}
