import { Body1, Caption1, makeStyles, Subtitle1, tokens } from "@fluentui/react-components";
import { PeopleCommunityRegular } from "@fluentui/react-icons";
import { useCallback } from "react";
import type { WaveDetail } from "../../../api/hr-api-contract";
import { EXPORT_CATALOGUE } from "../../texts/export-texts";
import { PROGRESS_CATALOGUE } from "../../texts/progress-catalogue";
import { useLanguage } from "../../texts/texts-context";
import { useHr } from "../backend/hr-context";
import { useResource } from "../backend/use-resource";
import { EmptyState } from "../feedback/empty-state";
import { CsvDownload } from "../exports/csv-download";
import { ResourceView } from "../feedback/resource-view";
import { PairsProgressTable } from "./pairs-progress-table";
import { RatingsAggregate } from "./ratings-aggregate";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  intro: { color: tokens.colorNeutralForeground2 },
});

/** The wave's Progress section (loaded on demand): pairs at risk and session ratings as aggregates only. */
export default function ProgressSection({ wave }: { readonly wave: WaveDetail }) {
  const styles = useStyles();
  const language = useLanguage();
  const texts = PROGRESS_CATALOGUE[language];
  const { api } = useHr();
  const progress = useResource(
    `progress:${wave.id}`,
    useCallback((signal) => api.getProgress(wave.id, signal), [api, wave.id]),
    texts.failed,
  );
  return (
    <section className={styles.section} aria-labelledby="progress-heading" data-testid="progress-section">
      <Subtitle1 as="h2" id="progress-heading">
        {texts.title}
      </Subtitle1>
      <Body1 className={styles.intro}>{texts.intro}</Body1>
      {wave.state !== "running" ? (
        <Caption1>{texts.notRunning}</Caption1>
      ) : (
        <ResourceView resource={progress} loadingLabel={texts.loading} failureTitle={texts.failed}>
          {(data) =>
            data.pairs.length === 0 ? (
              <EmptyState icon={<PeopleCommunityRegular />} title={texts.noPairs} testId="progress-empty">
                {null}
              </EmptyState>
            ) : (
              <>
                <Caption1 role="status" data-testid="progress-at-risk">
                  {texts.atRiskSummary(data.atRiskCount, data.pairs.length)}
                </Caption1>
                <PairsProgressTable pairs={data.pairs} texts={texts} />
                <CsvDownload
                  path={(separator) =>
                    `/waves/${encodeURIComponent(wave.id)}/pairs.csv?separator=${separator}`
                  }
                  fileName={`pairs-${wave.id}.csv`}
                  label={EXPORT_CATALOGUE[language].pairList}
                  testId="pairs-csv-download"
                />
                <RatingsAggregate ratings={data.ratings} bySession={data.bySession} texts={texts} />
              </>
            )
          }
        </ResourceView>
      )}
    </section>
  );
}
