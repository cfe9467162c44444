import { Button, Caption1, Card, makeStyles, Subtitle1, tokens } from "@fluentui/react-components";
import { ArrowLeftRegular } from "@fluentui/react-icons";
import { useCallback } from "react";
import type { WaveDetail } from "../../../api/hr-api-contract";
import { useTexts } from "../../texts/texts-context";
import { useHr } from "../backend/hr-context";
import { useResource } from "../backend/use-resource";
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
  const { hr } = useTexts();
  const wave = useResource(
    waveId,
    useCallback((signal) => api.getWave(waveId, signal), [api, waveId]),
    hr.waveDetail.loadFailed,
  );

  return (
    <section className={styles.page} aria-labelledby="wave-heading">
      <Button appearance="subtle" icon={<ArrowLeftRegular />} className={styles.back} onClick={onBack}>
        {hr.common.allWaves}
      </Button>
      <ResourceView
        resource={wave}
        loadingLabel={hr.waveDetail.loading}
        failureTitle={hr.waveDetail.failureTitle}
      >
        {(detail) => (
          <>
            <WaveHeader wave={detail} />
            <Card className={styles.card} data-testid="wave-lifecycle">
              <Subtitle1 as="h2">{hr.waveDetail.lifecycle}</Subtitle1>
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
  const { common, waveDetail } = useTexts().hr;
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
        {formats.date(wave.startDate)} – {formats.date(wave.endDate)} ·{" "}
        {waveDetail.monthlySessions(wave.sessionMinutes)}
      </Caption1>
      <Caption1 className={styles.detail} data-testid="wave-counts">
        {common.mentees(counts.mentees)} · {common.mentors(counts.mentors)} (
        {waveDetail.mentorVetting(counts.approvedMentors, counts.trainedMentors)}) ·{" "}
        {waveDetail.answered(counts.answered)} · {waveDetail.withdrawn(counts.withdrawn)}
      </Caption1>
    </header>
  );
}
