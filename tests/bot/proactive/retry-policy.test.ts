import { ConnectorSendError } from "../../../bot/proactive/connector-transport";
import {
  backoffMs,
  DEFAULT_RETRY_OPTIONS,
  judgeFailure,
  retryAfterMs,
  type RetryOptions,
} from "../../../bot/proactive/retry-policy";
import { httpError, networkError, throttled } from "./fake-transport";

const NOW = new Date("2027-03-01T09:00:00Z");
const half = () => 0.5;
const judge = (error: unknown, attempt = 1, options: RetryOptions = DEFAULT_RETRY_OPTIONS) =>
  judgeFailure(error, attempt, NOW, half, options);

describe("retryAfterMs", () => {
  it.each([
    ["120", 120_000],
    ["0", 0],
    [" 2 ", 2000],
    ["1.5", 1500],
    ["Mon, 01 Mar 2027 09:00:30 GMT", 30_000],
    ["Mon, 01 Mar 2027 08:59:00 GMT", 0],
    ["Monday, 01-Mar-27 09:01:00 GMT", 60_000],
  ])("header_%s_is_%i_ms", (header, expected) => {
    expect(retryAfterMs(header, NOW)).toBe(expected);
  });

  it.each([[undefined], [""], ["soon"], ["-5"], ["1e3"]])("header_%s_isUnreadable_undefined", (header) => {
    expect(retryAfterMs(header, NOW)).toBeUndefined();
  });
});

describe("backoffMs", () => {
  it("fullJitter_isRandomTimesTheDoublingCeiling_cappedAtMax", () => {
    const options = { maxAttempts: 9, baseDelayMs: 1000, maxDelayMs: 5000 };
    expect([1, 2, 3, 4, 5].map((n) => backoffMs(n, half, options))).toEqual([500, 1000, 2000, 2500, 2500]);
    expect(backoffMs(3, () => 0, options)).toBe(0);
    expect(backoffMs(3, () => 0.999, options)).toBe(3996);
  });
});

describe("judgeFailure", () => {
  it("throttled429_withRetryAfter_waitsExactlyThat", () => {
    expect(judge(throttled("7"))).toMatchObject({ kind: "retry", delayMs: 7000 });
  });

  it("throttled429_withoutRetryAfter_backsOff", () => {
    expect(judge(throttled(), 2)).toMatchObject({ kind: "retry", delayMs: 1000 });
  });

  it.each([412, 502, 503, 504])("status%i_isRetried_withJitteredBackoff", (status) => {
    expect(judge(httpError(status), 3)).toMatchObject({ kind: "retry", delayMs: 2000 });
  });

  it("unavailable503_withRetryAfter_honoursIt", () => {
    expect(judge(httpError(503, { retryAfter: "3" }))).toMatchObject({ kind: "retry", delayMs: 3000 });
  });

  it("networkError_isRetried", () => {
    expect(judge(networkError("ECONNREFUSED"))).toMatchObject({ kind: "retry", delayMs: 500 });
  });

  it("retryable_onTheLastAttempt_isFinalFailed_sayingItGaveUp", () => {
    const verdict = judge(httpError(503), DEFAULT_RETRY_OPTIONS.maxAttempts);
    expect(verdict).toMatchObject({ kind: "final", outcome: { status: "failed" } });
    expect(JSON.stringify(verdict)).toContain("Gave up after 5 attempts");
  });

  it.each([
    ["MessageWritesBlocked sub-code", { code: "Forbidden", subCode: "MessageWritesBlocked" }, "blocked"],
    ["ConversationBlockedByUser", { code: "ConversationBlockedByUser" }, "blocked"],
    ["BotDisabledByAdmin", { code: "BotDisabledByAdmin" }, "blocked"],
    ["no code at all", {}, "blocked"],
    ["BotNotInConversationRoster", { code: "BotNotInConversationRoster" }, "not-installed"],
    ["ForbiddenOperationException", { code: "ForbiddenOperationException" }, "not-installed"],
    ["InvalidBotApiHost", { code: "InvalidBotApiHost" }, "bad-reference"],
  ])("forbidden403_%s_isFinalUnreachable_%s", (_situation, extras, reason) => {
    expect(judge(httpError(403, extras))).toEqual({
      kind: "final",
      outcome: { status: "unreachable", reason },
    });
  });

  it("notFound404_isFinalUnreachable_notInstalled", () => {
    expect(judge(httpError(404, { code: "ConversationNotFound" }))).toEqual({
      kind: "final",
      outcome: { status: "unreachable", reason: "not-installed" },
    });
  });

  it.each([400, 401, 413, 500, 501])("status%i_isFinalFailed_withoutRetry", (status) => {
    expect(judge(httpError(status))).toMatchObject({ kind: "final", outcome: { status: "failed" } });
  });

  it.each([
    ["an unexpected transport error", new ConnectorSendError("token refused", { kind: "unexpected" })],
    ["a plain error", new Error("bug")],
    ["a thrown string", "oops"],
  ])("%s_isFinalFailed", (_situation, error) => {
    expect(judge(error)).toMatchObject({ kind: "final", outcome: { status: "failed" } });
  });
});
