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
import { gapText, shortThemes } from "./needs-wording";

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
  const needs = useResource(
    `needs:${waveId}`,
    useCallback((signal) => api.getNeeds(waveId, signal), [api, waveId]),
    "The needs could not be loaded",
  );

  return (
    <section className={styles.section} aria-labelledby="needs-heading">
      <Subtitle1 as="h2" id="needs-heading">
        Needs
      </Subtitle1>
      <ResourceView
        resource={needs}
        loadingLabel="Loading the needs…"
        failureTitle="Could not load the needs"
      >
        {(analytics) => {
          if (analytics.menteesAnswered === 0) {
            return (
              <EmptyState icon={<ChartMultipleRegular />} title="No answers yet" testId="needs-empty">
                Demand per theme appears here as soon as mentees answer the questionnaire. {analytics.mentees}{" "}
                mentees and {analytics.mentors} mentors are enrolled.
              </EmptyState>
            );
          }
          const short = shortThemes(analytics);
          return (
            <>
              <Body1 as="p" className={styles.muted} data-testid="needs-summary">
                Based on {analytics.menteesAnswered} of {analytics.mentees} mentees and{" "}
                {analytics.mentorsAnswered} of {analytics.mentors} mentors who answered.
              </Body1>
              {short.length > 0 && (
                <MessageBar intent="warning" layout="multiline" data-testid="needs-shortfall">
                  <MessageBarBody>
                    <MessageBarTitle>Demand outruns supply</MessageBarTitle>
                    {short.map((theme) => `${theme.label}: ${gapText(theme.gap)}`).join(" · ")}
                  </MessageBarBody>
                </MessageBar>
              )}
              <Card className={styles.card}>
                <Suspense fallback={<LoadingState label="Drawing the charts…" />}>
                  <NeedsChart analytics={analytics} />
                </Suspense>
              </Card>
              <Subtitle2 as="h3">Needs per theme</Subtitle2>
              <NeedsTable analytics={analytics} />
            </>
          );
        }}
      </ResourceView>
    </section>
  );
}
