import { isTransientCosmosError, retryTransient, type TransientRetryPolicy } from "../../store/cosmos-retry";

/** A policy with the given delays whose sleeps are recorded, not waited. */
function recordingPolicy(delaysMs: number[]): TransientRetryPolicy & { slept: number[] } {
  const slept: number[] = [];
  return { delaysMs, slept, sleep: async (ms) => void slept.push(ms) };
}

/** An operation that fails with each of `errors` in turn, then answers "done". */
function failingWith(...errors: unknown[]) {
  let calls = 0;
  const operation = async () => {
    const error = errors[calls++];
    if (error !== undefined) throw error;
    return "done";
  };
  return { operation, calls: () => calls };
}

describe("retryTransient", () => {
  it("503_timeoutAndReset_areRetriedAfterEachDelay_untilTheOperationAnswers", async () => {
    const policy = recordingPolicy([10, 20, 30]);
    const op = failingWith({ code: 503 }, { code: "TimeoutError" }, { code: "ECONNRESET" });
    await expect(retryTransient(op.operation, policy)).resolves.toBe("done");
    expect(op.calls()).toBe(4);
    expect(policy.slept).toEqual([10, 20, 30]);
  });

  it("stillFailingAfterTheLastDelay_throwsTheLastError", async () => {
    const policy = recordingPolicy([10]);
    const op = failingWith({ code: 503, attempt: 1 }, { code: 503, attempt: 2 });
    await expect(retryTransient(op.operation, policy)).rejects.toEqual({ code: 503, attempt: 2 });
    expect(op.calls()).toBe(2);
  });

  it.each([404, 409, 412, 429, 400, 403])("status%s_isNotRetried", async (code) => {
    const policy = recordingPolicy([10, 20]);
    const op = failingWith({ code });
    await expect(retryTransient(op.operation, policy)).rejects.toEqual({ code });
    expect(op.calls()).toBe(1);
    expect(policy.slept).toEqual([]);
  });

  it("aPlainErrorWithoutCode_isNotTransient", () => {
    expect(isTransientCosmosError(new Error("Illegal characters in Resource ID"))).toBe(false);
    expect(isTransientCosmosError(undefined)).toBe(false);
    expect(isTransientCosmosError({ code: 408 })).toBe(true);
  });
});
