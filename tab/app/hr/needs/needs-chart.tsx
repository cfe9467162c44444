import {
  DataVizPalette,
  getColorFromToken,
  GroupedVerticalBarChart,
  ResponsiveContainer,
  type GroupedVerticalBarChartData,
} from "@fluentui/react-charts";
import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import { useSyncExternalStore } from "react";
import type { NeedsAnalytics } from "../../../api/hr-api-contract";
import type { ThemeName } from "../../host/theme-name";
import { useThemeName } from "../../shell/tab-shell";
import { useTexts } from "../../texts/texts-context";
import { wholePercent } from "./needs-wording";

const useStyles = makeStyles({
  charts: { display: "grid", gap: tokens.spacingVerticalXL },
  caption: typographyStyles.subtitle2,
  legend: { textTransform: "none" },
  chart: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0, margin: 0 },
});

interface SeriesColours {
  readonly first: string;
  readonly second: string;
  readonly short: string;
}

/** Data colours the charts draw as SVG fills (Fluent's CSS variables do not reach them), per Teams theme. */
function seriesColours(theme: ThemeName): SeriesColours {
  if (theme === "contrast") return { first: "#1AEBFF", second: "#FFFF01", short: "#FF66FF" };
  const dark = theme === "dark";
  return {
    first: getColorFromToken(DataVizPalette.color1, dark),
    second: getColorFromToken(DataVizPalette.color3, dark),
    short: getColorFromToken(DataVizPalette.error, dark),
  };
}

/** Demand per theme, and supply against demand with shortfalls in the error colour (loaded on demand). */
export default function NeedsChart({ analytics }: { readonly analytics: NeedsAnalytics }) {
  const styles = useStyles();
  const colours = seriesColours(useThemeName());
  const { common, needs: texts } = useTexts().hr;
  const sharePercent = (share: number): string => common.percent(wholePercent(share));
  const legendProps = { styles: { legend: styles.legend }, enabledWrapLines: true };
  // On a phone the theme names cannot sit side by side: slant them rather than drop every other one.
  const narrow = useNarrow();
  const axisLabels = narrow
    ? { rotateXAxisLables: true, margins: { right: 56 } }
    : { wrapXAxisLables: true, margins: { right: 24 } };

  const demand: GroupedVerticalBarChartData[] = analytics.themes.map((theme) => ({
    name: theme.label,
    series: [
      {
        key: "first",
        legend: texts.firstChoice,
        data: wholePercent(theme.firstChoiceShare),
        color: colours.first,
        yAxisCalloutData: sharePercent(theme.firstChoiceShare),
      },
      {
        key: "top3",
        legend: texts.inTop3,
        data: wholePercent(theme.top3Share),
        color: colours.second,
        yAxisCalloutData: sharePercent(theme.top3Share),
      },
    ],
  }));

  const balance: GroupedVerticalBarChartData[] = analytics.themes.map((theme) => ({
    name: theme.label,
    series: [
      { key: "supply", legend: texts.supplyLegend, data: theme.supply, color: colours.first },
      theme.gap < 0
        ? {
            key: "demand",
            legend: texts.demandAboveSupply,
            data: theme.menteesTop3,
            color: colours.short,
            yAxisCalloutData: `${theme.menteesTop3} (${texts.gap(theme.gap)})`,
          }
        : {
            key: "demand",
            legend: texts.menteesWanting,
            data: theme.menteesTop3,
            color: colours.second,
          },
    ],
  }));

  return (
    <div className={styles.charts} data-testid="needs-chart">
      <figure className={styles.chart}>
        <figcaption className={styles.caption}>{texts.demandCaption}</figcaption>
        <ResponsiveContainer height={narrow ? 440 : 300}>
          <GroupedVerticalBarChart
            data={demand}
            chartTitle={texts.demandTitle}
            yAxisTickFormat={(value: number) => common.percent(value)}
            yMaxValue={100}
            {...axisLabels}
            hideLabels
            roundCorners
            barWidth="auto"
            maxBarWidth={28}
            legendProps={legendProps}
          />
        </ResponsiveContainer>
      </figure>
      <figure className={styles.chart}>
        <figcaption className={styles.caption}>{texts.balanceCaption}</figcaption>
        <ResponsiveContainer height={narrow ? 440 : 300}>
          <GroupedVerticalBarChart
            data={balance}
            chartTitle={texts.balanceTitle}
            {...axisLabels}
            hideLabels
            roundCorners
            barWidth="auto"
            maxBarWidth={28}
            legendProps={legendProps}
          />
        </ResponsiveContainer>
      </figure>
    </div>
  );
}

const NARROW = "(max-width: 600px)";

function useNarrow(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const query = window.matchMedia(NARROW);
      query.addEventListener("change", onChange);
      return () => query.removeEventListener("change", onChange);
    },
    () => window.matchMedia(NARROW).matches,
  );
}
