import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { LoadError } from "../../shell/load-error";
import { LoadingState } from "../../shell/loading-state";
import { useTexts } from "../../texts/texts-context";
import type { ResourceHandle } from "../backend/use-resource";

const useStyles = makeStyles({
  stale: { color: tokens.colorPaletteRedForeground1 },
});

/** A loaded resource's content, or its spinner, or its error with Retry. */
export function ResourceView<T>({
  resource,
  loadingLabel,
  failureTitle,
  children,
}: {
  readonly resource: ResourceHandle<T>;
  readonly loadingLabel: string;
  readonly failureTitle: string;
  readonly children: (data: T) => ReactNode;
}) {
  const styles = useStyles();
  const { common } = useTexts().hr;
  const { state } = resource;
  if (state.kind === "loading") return <LoadingState label={loadingLabel} />;
  if (state.kind === "failed") {
    return <LoadError title={failureTitle} error={state.error} onRetry={resource.reload} />;
  }
  return (
    <>
      {state.refreshError !== undefined && (
        <Caption1 role="status" className={styles.stale}>
          {common.couldNotRefresh(state.refreshError.message)}
        </Caption1>
      )}
      {children(state.data)}
    </>
  );
}
