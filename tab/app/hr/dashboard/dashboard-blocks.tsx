/** The dashboard's blocks: each a heading, its chart and the same figures as a table. */
import { Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { WaveDashboard } from "../../../api/dashboard-api-contract";
import type { DashboardTexts } from "../../texts/dashboard-texts";
import { DemandChart, FunnelChart, SatisfactionChart, SessionsChart, UpliftChart } from "./dashboard-charts";
import type { DashboardFormat } from "./dashboard-format";
import { FigureTable } from "./figure-table";

const useStyles = makeStyles({
  block: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    minWidth: 0,
  },
  note: { color: tokens.colorNeutralForeground3 },
});

export interface BlockProps {
  readonly dashboard: WaveDashboard;
  readonly texts: DashboardTexts;
  readonly format: DashboardFormat;
  readonly themeLabel: (id: string) => string;
}

function Block({
  id,
  title,
  note,
  children,
}: {
  readonly id: string;
  readonly title: string;
  readonly note?: string;
  readonly children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <section
      className={styles.block}
      aria-labelledby={`dashboard-${id}-heading`}
      data-testid={`dashboard-${id}`}
    >
      <Subtitle2 as="h3" id={`dashboard-${id}-heading`}>
        {title}
      </Subtitle2>
      {note !== undefined && <Caption1 className={styles.note}>{note}</Caption1>}
      {children}
    </section>
  );
}

export function FunnelBlock({ dashboard, texts, format }: BlockProps) {
  return (
    <Block id="funnel" title={texts.funnelTitle} note={texts.completedMeans}>
      <FunnelChart dashboard={dashboard} texts={texts} format={format} />
      <FigureTable
        caption={texts.chartTable}
        headers={["", texts.people, texts.shareOfEnrolled]}
        testId="dashboard-funnel-table"
        rows={dashboard.funnel.map((s) => ({
          key: s.stage,
          cells: [
            texts.stages[s.stage as keyof DashboardTexts["stages"]] ?? s.stage,
            format.count(s.people),
            format.share(s.shareOfEnrolled),
          ],
        }))}
      />
    </Block>
  );
}

export function SessionsBlock({ dashboard, texts, format }: BlockProps) {
  return (
    <Block id="sessions" title={texts.sessionsTitle}>
      <SessionsChart dashboard={dashboard} texts={texts} />
      <FigureTable
        caption={texts.chartTable}
        headers={[texts.month, texts.held]}
        testId="dashboard-sessions-table"
        rows={dashboard.sessionsPerMonth.map((m) => ({
          key: m.month,
          cells: [m.month, format.number(m.held)],
        }))}
      />
    </Block>
  );
}

export function SatisfactionBlock({ dashboard, texts, format }: BlockProps) {
  const { satisfaction } = dashboard;
  const groups = (["all", "mentors", "mentees"] as const).map((group) => {
    const r = satisfaction[group];
    return {
      key: group,
      cells: r.suppressed
        ? [texts.group[group], texts.fewerThanFive, texts.fewerThanFive, ...r0(texts)]
        : [
            texts.group[group],
            format.number(r.count),
            format.number(r.mean),
            ...r.distribution.map(format.number),
          ],
    };
  });
  return (
    <Block id="satisfaction" title={texts.satisfactionTitle}>
      <SatisfactionChart dashboard={dashboard} texts={texts} />
      <FigureTable
        caption={texts.chartTable}
        headers={["", texts.respondents, texts.mean, ...[1, 2, 3, 4, 5].map(texts.rating)]}
        testId="dashboard-satisfaction-table"
        rows={groups}
      />
      <Caption1 data-testid="dashboard-recommend">
        {texts.wouldRecommend}: {format.share(satisfaction.wouldRecommend)}
      </Caption1>
    </Block>
  );
}

/** The five rating cells of a suppressed group: nothing to show. */
function r0(texts: DashboardTexts): string[] {
  return [1, 2, 3, 4, 5].map(() => texts.fewerThanFive);
}

export function UpliftBlock({ dashboard, texts, format, themeLabel }: BlockProps) {
  const rows = [dashboard.overallUplift, ...dashboard.uplift].map((u) => ({
    key: u.themeId,
    cells: [
      u.themeId === "all" ? texts.allThemes : themeLabel(u.themeId),
      format.count(u.people),
      format.count(u.baseline),
      format.count(u.final),
      format.signed(u.uplift),
    ],
  }));
  return (
    <Block id="uplift" title={texts.upliftTitle} note={texts.upliftExplained}>
      <UpliftChart dashboard={dashboard} texts={texts} format={format} themeLabel={themeLabel} />
      <FigureTable
        caption={texts.chartTable}
        headers={[texts.theme, texts.people, texts.baseline, texts.final, texts.uplift]}
        testId="dashboard-uplift-table"
        rows={rows}
      />
    </Block>
  );
}

export function DemandBlock({ dashboard, texts, format, themeLabel }: BlockProps) {
  return (
    <Block id="demand" title={texts.demandTitle}>
      <DemandChart dashboard={dashboard} texts={texts} format={format} themeLabel={themeLabel} />
      <FigureTable
        caption={texts.chartTable}
        headers={[texts.theme, texts.demand, texts.supply]}
        testId="dashboard-demand-table"
        rows={dashboard.demandSupply.map((t) => ({
          key: t.themeId,
          cells: [
            themeLabel(t.themeId),
            `${format.count(t.demand)} (${format.share(t.demandShare)})`,
            `${format.count(t.supply)} (${format.share(t.supplyShare)})`,
          ],
        }))}
      />
    </Block>
  );
}

export function AtRiskBlock({
  dashboard,
  texts,
  date,
}: Omit<BlockProps, "format" | "themeLabel"> & { readonly date: (iso: string) => string }) {
  return (
    <Block id="at-risk" title={texts.atRiskTitle}>
      {dashboard.pairsAtRiskTotal > dashboard.pairsAtRisk.length && (
        <Caption1 data-testid="dashboard-at-risk-listed">
          {texts.atRiskListed(dashboard.pairsAtRisk.length, dashboard.pairsAtRiskTotal)}
        </Caption1>
      )}
      {dashboard.pairsAtRisk.length === 0 ? (
        <Caption1>{texts.noneAtRisk}</Caption1>
      ) : (
        <FigureTable
          caption={texts.atRiskTitle}
          headers={[texts.mentor, texts.mentees, texts.daysWithoutSession, texts.lastActivity]}
          testId="dashboard-at-risk-table"
          rows={dashboard.pairsAtRisk.map((r) => ({
            key: r.pairId,
            cells: [
              r.mentor.displayName,
              r.mentees.map((m) => m.displayName).join(", "),
              String(r.daysWithoutSession),
              r.lastActivityAt === undefined ? texts.never : date(r.lastActivityAt),
            ],
          }))}
        />
      )}
    </Block>
  );
}
