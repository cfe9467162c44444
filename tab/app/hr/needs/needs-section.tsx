import {
  Body1,
  Card,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle1,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { ChartMultipleRegular } from "@fluentui/react-icons";
import { lazy, Suspense, useCallback } from "react";
import { LoadingState } from "../../shell/loading-state";
import { useHr } from "../backend/hr-context";
import { useResource } from "../backend/use-resource";
import { EmptyState } from "../feedback/empty-state";
import { ResourceView } from "../feedback/resource-view";
import { NeedsTable } from "./needs-table";
import { useTexts } from "../../texts/texts-context";
import { shortThemes } from "./needs-wording";

// Fluent's chart library (d3 inside) is the heaviest part of the HR pages: fetched only when needs are shown.
const NeedsChart = lazy(() => import("./needs-chart"));

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  muted: { color: tokens.colorNeutralForeground3 },
  card: { padding: tokens.spacingHorizontalL },
});

/** Needs analytics: demand per theme and supply against it, as charts and as a table. */
export function NeedsSection({ waveId }: { readonly waveId: string }) {
  const styles = useStyles();
  const { api } = useHr();
  const texts = useTexts().hr.needs;
  const needs = useResource(
    `needs:${waveId}`,
    useCallback((signal) => api.getNeeds(waveId, signal), [api, waveId]),
    texts.loadFailed,
  );

  return (
    <section className={styles.section} aria-labelledby="needs-heading">
      <Subtitle1 as="h2" id="needs-heading">
        {texts.title}
      </Subtitle1>
      <ResourceView resource={needs} loadingLabel={texts.loading} failureTitle={texts.failureTitle}>
        {(analytics) => {
          if (analytics.menteesAnswered === 0) {
            return (
              <EmptyState icon={<ChartMultipleRegular />} title={texts.emptyTitle} testId="needs-empty">
                {texts.emptyText(analytics.mentees, analytics.mentors)}
              </EmptyState>
            );
          }
          const short = shortThemes(analytics);
          return (
            <>
              <Body1 as="p" className={styles.muted} data-testid="needs-summary">
                {texts.summary(
                  analytics.menteesAnswered,
                  analytics.mentees,
                  analytics.mentorsAnswered,
                  analytics.mentors,
                )}
              </Body1>
              {short.length > 0 && (
                <MessageBar intent="warning" layout="multiline" data-testid="needs-shortfall">
                  <MessageBarBody>
                    <MessageBarTitle>{texts.shortfallTitle}</MessageBarTitle>
                    {short.map((theme) => `${theme.label}: ${texts.gap(theme.gap)}`).join(" · ")}
                  </MessageBarBody>
                </MessageBar>
              )}
              <Card className={styles.card}>
                <Suspense fallback={<LoadingState label={texts.drawing} />}>
                  <NeedsChart analytics={analytics} />
                </Suspense>
              </Card>
              <Subtitle2 as="h3">{texts.perTheme}</Subtitle2>
              <NeedsTable analytics={analytics} />
            </>
          );
        }}
      </ResourceView>
    </section>
  );
}
