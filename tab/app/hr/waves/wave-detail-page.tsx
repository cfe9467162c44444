import { Button, Caption1, Card, makeStyles, Subtitle1, tokens } from "@fluentui/react-components";
import { ArrowLeftRegular } from "@fluentui/react-icons";
import { useCallback } from "react";
import type { WaveDetail } from "../../../api/hr-api-contract";
import { useHr } from "../backend/hr-context";
import { useResource } from "../backend/use-resource";
import { countText } from "../feedback/count-text";
import { PageHeading } from "../feedback/page-heading";
import { ResourceView } from "../feedback/resource-view";
import { WaveLifecycle } from "./wave-lifecycle";
import { WaveSections } from "./wave-sections";
import { WaveStateBadge } from "./wave-state-badge";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  back: { alignSelf: "flex-start" },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  title: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
  detail: { color: tokens.colorNeutralForeground3 },
  card: { padding: tokens.spacingHorizontalL, gap: tokens.spacingVerticalM },
});

/** One wave: its header and lifecycle, then its settings, people, questionnaire and needs. */
export function WaveDetailPage({ waveId, onBack }: { readonly waveId: string; readonly onBack: () => void }) {
  const styles = useStyles();
  const { api } = useHr();
  const wave = useResource(
    waveId,
    useCallback((signal) => api.getWave(waveId, signal), [api, waveId]),
    "The wave could not be loaded",
  );

  return (
    <section className={styles.page} aria-labelledby="wave-heading">
      <Button appearance="subtle" icon={<ArrowLeftRegular />} className={styles.back} onClick={onBack}>
        All waves
      </Button>
      <ResourceView resource={wave} loadingLabel="Loading the wave…" failureTitle="Could not load the wave">
        {(detail) => (
          <>
            <WaveHeader wave={detail} />
            <Card className={styles.card} data-testid="wave-lifecycle">
              <Subtitle1 as="h2">Lifecycle</Subtitle1>
              <WaveLifecycle wave={detail} onChanged={wave.replace} />
            </Card>
            <WaveSections wave={detail} onWaveSaved={wave.replace} onPeopleChanged={wave.reload} />
          </>
        )}
      </ResourceView>
    </section>
  );
}

function WaveHeader({ wave }: { readonly wave: WaveDetail }) {
  const styles = useStyles();
  const { formats } = useHr();
  const { counts } = wave;
  return (
    <header className={styles.header}>
      <div className={styles.title}>
        <PageHeading focusOnMount id="wave-heading" testId="wave-name-heading">
          {wave.name}
        </PageHeading>
        <WaveStateBadge state={wave.state} />
      </div>
      <Caption1 className={styles.detail}>
        {formats.date(wave.startDate)} – {formats.date(wave.endDate)} · monthly sessions of{" "}
        {wave.sessionMinutes} minutes
      </Caption1>
      <Caption1 className={styles.detail} data-testid="wave-counts">
        {countText(counts.mentees, "mentee")} · {countText(counts.mentors, "mentor")} (
        {counts.approvedMentors} approved, {counts.trainedMentors} trained) · {counts.answered} answered ·{" "}
        {counts.withdrawn} withdrawn
      </Caption1>
    </header>
  );
}
