import { makeStyles, Title2, tokens } from "@fluentui/react-components";
import { useEffect, useState, type ReactNode } from "react";
import type { MyMentoringView as View } from "../../../core/my-mentoring";
import { toApiError, type ApiError } from "../backend/api-error";
import { fetchMyMentoring } from "../backend/tandem-api";
import { LoadError } from "../shell/load-error";
import { LoadingState } from "../shell/loading-state";
import { PageFrame } from "../shell/page-frame";
import type { DateFormats } from "./date-formats";
import { MyMentoringView } from "./my-mentoring-view";

const useStyles = makeStyles({
  title: { marginBottom: tokens.spacingVerticalL },
});

type PageState =
  | { readonly kind: "loading" }
  | { readonly kind: "ready"; readonly view: View }
  | { readonly kind: "failed"; readonly error: ApiError };

/** Loads GET /api/me with the given token source and shows it, or why it could not. */
export function MyMentoringPage({
  getToken,
  onSessionExpired,
  formats,
  banner,
}: {
  readonly getToken: () => Promise<string>;
  /** Called on a 401 when the host can sign in again; otherwise the 401 shows as an error with Retry. */
  readonly onSessionExpired?: () => void;
  readonly formats: DateFormats;
  readonly banner?: ReactNode;
}) {
  const styles = useStyles();
  const [state, setState] = useState<PageState>({ kind: "loading" });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const abort = new AbortController();
    setState({ kind: "loading" });
    const load = async (): Promise<void> => {
      try {
        const view = await fetchMyMentoring(await getToken(), abort.signal);
        if (!abort.signal.aborted) setState({ kind: "ready", view });
      } catch (error) {
        if (abort.signal.aborted) return;
        const failure = toApiError(error, "LOAD_FAILED", "Your mentoring could not be loaded");
        if (failure.isUnauthorized && onSessionExpired !== undefined) onSessionExpired();
        else setState({ kind: "failed", error: failure });
      }
    };
    void load();
    return () => abort.abort();
  }, [getToken, onSessionExpired, attempt]);

  return (
    <PageFrame banner={banner}>
      {state.kind !== "ready" && (
        <Title2 as="h1" className={styles.title}>
          My mentoring
        </Title2>
      )}
      {state.kind === "loading" && <LoadingState label="Loading your mentoring…" />}
      {state.kind === "failed" && (
        <LoadError
          title="Could not load your mentoring"
          error={state.error}
          onRetry={() => setAttempt((n) => n + 1)}
        />
      )}
      {state.kind === "ready" && <MyMentoringView view={state.view} formats={formats} />}
    </PageFrame>
  );
}
