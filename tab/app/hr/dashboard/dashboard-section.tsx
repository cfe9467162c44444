import { Body1, Caption1, makeStyles, Subtitle1, tokens } from "@fluentui/react-components";
import { DataBarVerticalRegular } from "@fluentui/react-icons";
import { useCallback, useMemo } from "react";
import type { WaveDetail } from "../../../api/hr-api-contract";
import { DASHBOARD_CATALOGUE } from "../../texts/dashboard-catalogue";
import { useLanguage } from "../../texts/texts-context";
import { useHr } from "../backend/hr-context";
import { useResource } from "../backend/use-resource";
import { CsvDownload } from "../exports/csv-download";
import { EmptyState } from "../feedback/empty-state";
import { ResourceView } from "../feedback/resource-view";
import {
  AtRiskBlock,
  DemandBlock,
  FunnelBlock,
  SatisfactionBlock,
  SessionsBlock,
  UpliftBlock,
} from "./dashboard-blocks";
import { dashboardFormat } from "./dashboard-format";
import { DashboardFreshness } from "./dashboard-freshness";
import { WaveComparisonPanel } from "./wave-comparison-panel";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  intro: { color: tokens.colorNeutralForeground2 },
  grid: {
    display: "grid",
    gap: tokens.spacingVerticalL,
    gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 420px), 1fr))",
  },
});

/**
 * The wave's Dashboard section (its own chunk, with the charts library and its texts): funnel, sessions per
 * month, pairs at risk, satisfaction, uplift per theme, demand and supply, a comparison with another wave
 * and the report as CSV. Every figure comes aggregated from the server; "fewer than 5" where it must.
 */
export default function DashboardSection({ wave }: { readonly wave: WaveDetail }) {
  const styles = useStyles();
  const language = useLanguage();
  const texts = DASHBOARD_CATALOGUE[language];
  const format = useMemo(() => dashboardFormat(language, texts), [language, texts]);
  const { api, formats } = useHr();
  const dashboard = useResource(
    `dashboard:${wave.id}`,
    useCallback((signal) => api.dashboard.get(wave.id, signal), [api, wave.id]),
    texts.failed,
  );
  return (
    <section className={styles.section} aria-labelledby="dashboard-heading" data-testid="dashboard-section">
      <Subtitle1 as="h2" id="dashboard-heading">
        {texts.title}
      </Subtitle1>
      <Body1 className={styles.intro}>{texts.intro}</Body1>
      <ResourceView resource={dashboard} loadingLabel={texts.loading} failureTitle={texts.failed}>
        {(data) => {
          const labels = new Map(data.themes.map((t) => [t.id, t.labels[language]]));
          const themeLabel = (id: string) => labels.get(id) ?? id;
          const props = { dashboard: data, texts, format, themeLabel };
          const enrolled = data.funnel[0]?.people;
          if (enrolled !== undefined && !enrolled.suppressed && enrolled.value === 0) {
            return (
              <EmptyState icon={<DataBarVerticalRegular />} title={texts.empty} testId="dashboard-empty">
                {null}
              </EmptyState>
            );
          }
          return (
            <>
              <Caption1 role="status" data-testid="dashboard-summary">
                {texts.asOf(formats.date(data.asOf))} ·{" "}
                {texts.summary(data.pairCount, data.heldSessions, data.plannedSessions)}
              </Caption1>
              <DashboardFreshness waveId={wave.id} dashboard={data} onRefreshed={dashboard.replace} />
              <Caption1 className={styles.intro}>{texts.privacy}</Caption1>
              <div className={styles.grid}>
                <FunnelBlock {...props} />
                <SessionsBlock {...props} />
                <AtRiskBlock dashboard={data} texts={texts} date={formats.date} />
                <SatisfactionBlock {...props} />
                <UpliftBlock {...props} />
                <DemandBlock {...props} />
              </div>
              <CsvDownload
                path={(separator) =>
                  `/waves/${encodeURIComponent(wave.id)}/report.csv?separator=${separator}`
                }
                fileName={`report-${wave.id}.csv`}
                label={texts.reportDownload}
                testId="report-csv-download"
              />
              <WaveComparisonPanel {...props} />
            </>
          );
        }}
      </ResourceView>
    </section>
  );
}
