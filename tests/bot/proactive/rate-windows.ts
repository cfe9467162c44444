import type { RateWindow } from "../../../bot/proactive/rate-limiter";

/**
 * Every place where `times` break a window: for each window, any `limit + 1` consecutive sends that fit
 * in less than `windowMs`. Empty means the sends respected every window.
 */
export function windowViolations(times: readonly number[], windows: readonly RateWindow[]): string[] {
  const sorted = [...times].sort((a, b) => a - b);
  const violations: string[] = [];
  for (const { limit, windowMs } of windows)
    for (let i = 0; i + limit < sorted.length; i++) {
      const span = (sorted[i + limit] as number) - (sorted[i] as number);
      if (span < windowMs)
        violations.push(`${limit + 1} sends within ${span} ms (limit ${limit}/${windowMs} ms)`);
    }
  return violations;
}
