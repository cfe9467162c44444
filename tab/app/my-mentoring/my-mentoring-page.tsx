import { makeStyles, Title2, tokens } from "@fluentui/react-components";
import { useEffect, useState, type ReactNode } from "react";
import type { MyMentoringView as View } from "../../../core/my-mentoring";
import { ApiError, toApiError } from "../backend/api-error";
import { fetchMyMentoring } from "../backend/tandem-api";
import { LoadError } from "../shell/load-error";
import { LoadingState } from "../shell/loading-state";
import { PageFrame } from "../shell/page-frame";
import { useTexts } from "../texts/texts-context";
import type { DateFormats } from "./date-formats";
import { MyMentoringView } from "./my-mentoring-view";

const useStyles = makeStyles({
  title: { marginBottom: tokens.spacingVerticalL },
});

type PageState =
  | { readonly kind: "loading" }
  | { readonly kind: "ready"; readonly view: View }
  | { readonly kind: "failed"; readonly error: unknown };

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
  const texts = useTexts();
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
        if (error instanceof ApiError && error.isUnauthorized && onSessionExpired !== undefined)
          onSessionExpired();
        else setState({ kind: "failed", error });
      }
    };
    void load();
    return () => abort.abort();
  }, [getToken, onSessionExpired, attempt]);

  return (
    <PageFrame banner={banner}>
      {state.kind !== "ready" && (
        <Title2 as="h1" className={styles.title}>
          {texts.myMentoring.title}
        </Title2>
      )}
      {state.kind === "loading" && <LoadingState label={texts.myMentoring.loading} />}
      {state.kind === "failed" && (
        <LoadError
          title={texts.myMentoring.loadFailedTitle}
          error={toApiError(state.error, "LOAD_FAILED", texts.myMentoring.loadFailed)}
          onRetry={() => setAttempt((n) => n + 1)}
        />
      )}
      {state.kind === "ready" && <MyMentoringView view={state.view} formats={formats} getToken={getToken} />}
    </PageFrame>
  );
}
