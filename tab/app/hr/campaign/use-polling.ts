import { useEffect } from "react";

/**
 * Calls `poll` every `intervalMs` while `active` and the page is visible (Teams hides tabs it is not showing);
 * polls at once when the page becomes visible again, so the figures are fresh when HR comes back.
 */
export function usePolling(poll: () => void, intervalMs: number, active: boolean): void {
  useEffect(() => {
    if (!active) return;
    let timer: ReturnType<typeof setInterval> | undefined;
    const start = (): void => {
      if (timer === undefined) timer = setInterval(poll, intervalMs);
    };
    const stop = (): void => {
      clearInterval(timer);
      timer = undefined;
    };
    const onVisibility = (): void => {
      if (document.visibilityState === "visible") {
        poll();
        start();
      } else stop();
    };
    if (document.visibilityState === "visible") start();
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      stop();
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [poll, intervalMs, active]);
}
