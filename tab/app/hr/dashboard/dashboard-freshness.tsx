import { Button, Caption1, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { WaveDashboard } from "../../../api/dashboard-api-contract";
import { DASHBOARD_REFRESH_TEXTS } from "../../texts/dashboard-refresh-texts";
import { useLanguage } from "../../texts/texts-context";
import { useHr } from "../backend/hr-context";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
  when: { color: tokens.colorNeutralForeground2 },
});

/**
 * "Updated <time>" and a Refresh button: the dashboard's figures are a snapshot computed in the background,
 * so HR sees how recent they are and can have them recomputed (the new figures replace the shown ones).
 */
export function DashboardFreshness({
  waveId,
  dashboard,
  onRefreshed,
}: {
  readonly waveId: string;
  readonly dashboard: WaveDashboard;
  readonly onRefreshed: (fresh: WaveDashboard) => void;
}) {
  const styles = useStyles();
  const texts = DASHBOARD_REFRESH_TEXTS[useLanguage()];
  const { api, formats } = useHr();
  const [state, setState] = useState<"idle" | "refreshing" | "failed">("idle");
  const refresh = () => {
    setState("refreshing");
    api.dashboard.get(waveId, undefined, true).then(
      (fresh) => {
        setState("idle");
        onRefreshed(fresh);
      },
      () => setState("failed"),
    );
  };
  return (
    <div className={styles.row}>
      <Caption1 className={styles.when} data-testid="dashboard-updated">
        {texts.updated(formats.dateTime(dashboard.computedAt))}
      </Caption1>
      <Button
        size="small"
        appearance="secondary"
        icon={<ArrowClockwiseRegular />}
        onClick={refresh}
        disabled={state === "refreshing"}
        data-testid="dashboard-refresh"
      >
        {state === "refreshing" ? texts.refreshing : texts.refresh}
      </Button>
      {state === "failed" && (
        <MessageBar intent="error" data-testid="dashboard-refresh-failed">
          <MessageBarBody>{texts.refreshFailed}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
