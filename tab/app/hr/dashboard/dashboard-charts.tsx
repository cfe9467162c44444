/**
 * The dashboard's charts (@fluentui/react-charts, in the section's on-demand chunk). Each is drawn from the
 * figures the server allowed; a suppressed figure draws nothing and its table beside the chart says
 * "fewer than 5". Charts carry a title for screen readers; the tables are their full alternative.
 */
import {
  DataVizPalette,
  getColorFromToken,
  GroupedVerticalBarChart,
  HorizontalBarChartWithAxis,
  ResponsiveContainer,
  VerticalBarChart,
  type GroupedVerticalBarChartData,
} from "@fluentui/react-charts";
import type { WaveDashboard } from "../../../api/dashboard-api-contract";
import type { ThemeName } from "../../host/theme-name";
import { useThemeName } from "../../shell/tab-shell";
import type { DashboardTexts } from "../../texts/dashboard-texts";
import type { DashboardFormat } from "./dashboard-format";

/** Data colours as SVG fills (Fluent's CSS variables do not reach them), per Teams theme. */
function colours(theme: ThemeName): { first: string; second: string } {
  if (theme === "contrast") return { first: "#1AEBFF", second: "#FFFF01" };
  const dark = theme === "dark";
  return {
    first: getColorFromToken(DataVizPalette.color1, dark),
    second: getColorFromToken(DataVizPalette.color3, dark),
  };
}

interface ChartProps {
  readonly dashboard: WaveDashboard;
  readonly texts: DashboardTexts;
  readonly format: DashboardFormat;
  readonly themeLabel: (id: string) => string;
}

/** The funnel as horizontal bars: people at each step. */
export function FunnelChart({ dashboard, texts, format }: Omit<ChartProps, "themeLabel">) {
  const { first } = colours(useThemeName());
  const data = [...dashboard.funnel].reverse().map((s) => ({
    x: format.plotted(s.people),
    y: texts.stages[s.stage as keyof DashboardTexts["stages"]] ?? s.stage,
    color: first,
    legend: texts.people,
    xAxisCalloutData: format.count(s.people),
  }));
  return (
    <ResponsiveContainer height={260}>
      <HorizontalBarChartWithAxis data={data} chartTitle={texts.funnelTitle} hideLegend showYAxisLables />
    </ResponsiveContainer>
  );
}

/** Sessions held per month as vertical bars. */
export function SessionsChart({ dashboard, texts }: Omit<ChartProps, "themeLabel" | "format">) {
  const { first } = colours(useThemeName());
  const data = dashboard.sessionsPerMonth.map((m) => ({
    x: m.month,
    y: m.held,
    color: first,
    legend: texts.held,
  }));
  return (
    <ResponsiveContainer height={240}>
      <VerticalBarChart
        data={data}
        chartTitle={texts.sessionsTitle}
        hideLegend
        barWidth="auto"
        maxBarWidth={32}
      />
    </ResponsiveContainer>
  );
}

/** How many people gave each satisfaction rating (only when at least 5 answered). */
export function SatisfactionChart({ dashboard, texts }: Omit<ChartProps, "themeLabel" | "format">) {
  const { first } = colours(useThemeName());
  const all = dashboard.satisfaction.all;
  if (all.suppressed) return null;
  const data = all.distribution.map((n, i) => ({
    x: texts.rating(i + 1),
    y: n,
    color: first,
    legend: texts.respondents,
  }));
  return (
    <ResponsiveContainer height={220}>
      <VerticalBarChart
        data={data}
        chartTitle={texts.satisfactionTitle}
        hideLegend
        barWidth="auto"
        maxBarWidth={40}
      />
    </ResponsiveContainer>
  );
}

/** Baseline against final per theme (themes with at least 5 paired people). */
export function UpliftChart({ dashboard, texts, format, themeLabel }: ChartProps) {
  const { first, second } = colours(useThemeName());
  const data: GroupedVerticalBarChartData[] = dashboard.uplift
    .filter((u) => !u.people.suppressed)
    .map((u) => ({
      name: themeLabel(u.themeId),
      series: [
        { key: "baseline", legend: texts.baseline, data: format.plotted(u.baseline), color: first },
        { key: "final", legend: texts.final, data: format.plotted(u.final), color: second },
      ],
    }));
  if (data.length === 0) return null;
  return (
    <ResponsiveContainer height={260}>
      <GroupedVerticalBarChart
        data={data}
        chartTitle={texts.upliftTitle}
        yMaxValue={5}
        hideLabels
        wrapXAxisLables
      />
    </ResponsiveContainer>
  );
}

/** Mentees asking against mentors offering, per theme. */
export function DemandChart({ dashboard, texts, format, themeLabel }: ChartProps) {
  const { first, second } = colours(useThemeName());
  const data: GroupedVerticalBarChartData[] = dashboard.demandSupply
    .filter((t) => !t.demand.suppressed || !t.supply.suppressed)
    .map((t) => ({
      name: themeLabel(t.themeId),
      series: [
        { key: "demand", legend: texts.demand, data: format.plotted(t.demand), color: first },
        { key: "supply", legend: texts.supply, data: format.plotted(t.supply), color: second },
      ],
    }));
  if (data.length === 0) return null;
  return (
    <ResponsiveContainer height={260}>
      <GroupedVerticalBarChart data={data} chartTitle={texts.demandTitle} hideLabels wrapXAxisLables />
    </ResponsiveContainer>
  );
}
