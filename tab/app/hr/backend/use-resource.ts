import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { toApiError, type ApiError } from "../../backend/api-error";

/** A GET's state: loading (first time only), ready with data, or failed. Reloads keep the last data. */
export type Resource<T> =
  | { readonly kind: "loading" }
  | { readonly kind: "ready"; readonly data: T; readonly refreshError?: ApiError }
  | { readonly kind: "failed"; readonly error: ApiError };

export interface ResourceHandle<T> {
  readonly state: Resource<T>;
  /** Loads again; the current data stays on screen meanwhile. */
  reload(): void;
  /** Replaces the data with a fresher copy the caller already has (e.g. the answer to a POST). */
  replace(data: T): void;
  /** Changes the loaded data in place (e.g. one row answered by a POST); nothing happens before it loads. */
  update(change: (data: T) => T): void;
}

type Keyed<T> = { readonly key: string; readonly resource: Resource<T> };

/** Loads `load` whenever `key` changes (e.g. the wave id), cancelling the previous request. */
export function useResource<T>(
  key: string,
  load: (signal: AbortSignal) => Promise<T>,
  failureMessage: string,
): ResourceHandle<T> {
  const [keyed, setKeyed] = useState<Keyed<T>>({ key, resource: { kind: "loading" } });
  const [attempt, setAttempt] = useState(0);
  const loadRef = useRef(load);
  useLayoutEffect(() => {
    loadRef.current = load;
  });

  useEffect(() => {
    const abort = new AbortController();
    loadRef.current(abort.signal).then(
      (data) => {
        if (!abort.signal.aborted) setKeyed({ key, resource: { kind: "ready", data } });
      },
      (error: unknown) => {
        if (abort.signal.aborted) return;
        const failure = toApiError(error, "LOAD_FAILED", failureMessage);
        setKeyed((previous) =>
          previous.key === key && previous.resource.kind === "ready"
            ? { key, resource: { ...previous.resource, refreshError: failure } }
            : { key, resource: { kind: "failed", error: failure } },
        );
      },
    );
    return () => abort.abort();
  }, [key, attempt, failureMessage]);

  const reload = useCallback(() => {
    // From an error, show the spinner again; with data on screen, refresh quietly.
    setKeyed((previous) =>
      previous.resource.kind === "failed" ? { key: previous.key, resource: { kind: "loading" } } : previous,
    );
    setAttempt((n) => n + 1);
  }, []);
  const replace = useCallback((data: T) => setKeyed({ key, resource: { kind: "ready", data } }), [key]);
  const update = useCallback(
    (change: (data: T) => T) =>
      setKeyed((previous) =>
        previous.resource.kind === "ready"
          ? { key: previous.key, resource: { kind: "ready", data: change(previous.resource.data) } }
          : previous,
      ),
    [],
  );
  const state: Resource<T> = keyed.key === key ? keyed.resource : { kind: "loading" };
  return { state, reload, replace, update };
}
