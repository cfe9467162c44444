import { makeStyles, Subtitle1, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { CampaignInput, WaveDetail } from "../../../api/hr-api-contract";
import type { HrTexts } from "../../texts/hr-texts";
import { useTexts } from "../../texts/texts-context";
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
  const texts = useTexts().hr.campaign;
  const campaign = useResource(
    `campaign:${wave.id}`,
    useCallback((signal) => api.getCampaign(wave.id, signal), [api, wave.id]),
    texts.loadFailed,
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
        {texts.title}
      </Subtitle1>
      <ResourceView resource={campaign} loadingLabel={texts.loading} failureTitle={texts.failureTitle}>
        {(status) =>
          status.state === "not-launched" ? (
            <CampaignLaunchForm
              enrolled={status.enrolled}
              blockedBecause={launchBlocked(wave, texts)}
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
function launchBlocked(wave: WaveDetail, texts: HrTexts["campaign"]): string | undefined {
  if (wave.state === "questionnaire") return undefined;
  if (wave.state === "draft") return texts.blockedInDraft;
  if (wave.state !== "enrolling") return texts.blockedPastEnrolment;
  const move = wave.transitions.find((transition) => transition.to === "questionnaire");
  return move === undefined || move.allowed ? undefined : move.reason;
}
