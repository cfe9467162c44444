import { makeStyles, Subtitle1, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { CampaignInput, WaveDetail } from "../../../api/hr-api-contract";
import { useHr } from "../backend/hr-context";
import { useResource } from "../backend/use-resource";
import { ResourceView } from "../feedback/resource-view";
import { CampaignLaunchForm } from "./campaign-launch-form";
import { CampaignStatusView } from "./campaign-status-view";
import { usePolling } from "./use-polling";

const POLL_MS = 10_000;

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/** The questionnaire campaign: launch it, then follow the answers live (polled while this panel is shown). */
export function CampaignSection({
  wave,
  onLaunched,
}: {
  readonly wave: WaveDetail;
  readonly onLaunched: () => void;
}) {
  const styles = useStyles();
  const { api } = useHr();
  const campaign = useResource(
    `campaign:${wave.id}`,
    useCallback((signal) => api.getCampaign(wave.id, signal), [api, wave.id]),
    "The questionnaire status could not be loaded",
  );
  const [updatedAt, setUpdatedAt] = useState<Date>();
  const { state, reload, replace } = campaign;
  const data = state.kind === "ready" ? state.data : undefined;
  useEffect(() => {
    if (data !== undefined) setUpdatedAt(new Date());
  }, [data]);
  usePolling(reload, POLL_MS, data?.state === "running");

  const launch = async (input: CampaignInput): Promise<void> => {
    replace(await api.launchCampaign(wave.id, input));
    onLaunched();
  };

  return (
    <section className={styles.section} aria-labelledby="campaign-heading">
      <Subtitle1 as="h2" id="campaign-heading">
        Questionnaire campaign
      </Subtitle1>
      <ResourceView
        resource={campaign}
        loadingLabel="Loading the questionnaire status…"
        failureTitle="Could not load the questionnaire status"
      >
        {(status) =>
          status.state === "not-launched" ? (
            <CampaignLaunchForm
              enrolled={status.enrolled}
              blockedBecause={launchBlocked(wave)}
              onLaunch={launch}
            />
          ) : (
            <CampaignStatusView status={status} updatedAt={updatedAt} />
          )
        }
      </ResourceView>
    </section>
  );
}

/** Launching moves the wave from enrolment to the questionnaire phase, so it needs that move to be allowed. */
function launchBlocked(wave: WaveDetail): string | undefined {
  if (wave.state === "questionnaire") return undefined;
  if (wave.state === "draft") return "Open enrolment and enrol people before launching the questionnaire.";
  if (wave.state !== "enrolling")
    return "The questionnaire is launched during enrolment; this wave is past that phase.";
  const move = wave.transitions.find((transition) => transition.to === "questionnaire");
  return move === undefined || move.allowed ? undefined : move.reason;
}
