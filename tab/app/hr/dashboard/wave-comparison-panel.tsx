import { Caption1, Field, makeStyles, Select, Subtitle2, tokens } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import type { ComparisonRow, WaveDashboard } from "../../../api/dashboard-api-contract";
import type { DashboardTexts } from "../../texts/dashboard-texts";
import { useHr } from "../backend/hr-context";
import { useResource } from "../backend/use-resource";
import { ResourceView } from "../feedback/resource-view";
import type { DashboardFormat } from "./dashboard-format";
import { FigureTable } from "./figure-table";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** A wave picker and, once a wave is chosen, both waves' rates side by side. */
export function WaveComparisonPanel({
  dashboard,
  texts,
  format,
  themeLabel,
}: {
  readonly dashboard: WaveDashboard;
  readonly texts: DashboardTexts;
  readonly format: DashboardFormat;
  readonly themeLabel: (id: string) => string;
}) {
  const styles = useStyles();
  const { api } = useHr();
  const waves = useResource(
    "waves",
    useCallback((signal) => api.listWaves(signal), [api]),
    texts.compareFailed,
  );
  const [other, setOther] = useState("");
  return (
    <section
      className={styles.panel}
      aria-labelledby="dashboard-compare-heading"
      data-testid="dashboard-compare"
    >
      <Subtitle2 as="h3" id="dashboard-compare-heading">
        {texts.compareTitle}
      </Subtitle2>
      <ResourceView resource={waves} loadingLabel={texts.compareLoading} failureTitle={texts.compareFailed}>
        {(list) => (
          <Field label={texts.compareWith}>
            <Select
              value={other}
              onChange={(_e, data) => setOther(data.value)}
              data-testid="dashboard-compare-picker"
            >
              <option value="">{texts.chooseWave}</option>
              {list
                .filter((w) => w.id !== dashboard.waveId)
                .map((w) => (
                  <option key={w.id} value={w.id}>
                    {w.name}
                  </option>
                ))}
            </Select>
          </Field>
        )}
      </ResourceView>
      {other !== "" && (
        <Comparison
          waveId={dashboard.waveId}
          other={other}
          texts={texts}
          format={format}
          themeLabel={themeLabel}
        />
      )}
    </section>
  );
}

function Comparison({
  waveId,
  other,
  texts,
  format,
  themeLabel,
}: {
  readonly waveId: string;
  readonly other: string;
  readonly texts: DashboardTexts;
  readonly format: DashboardFormat;
  readonly themeLabel: (id: string) => string;
}) {
  const { api } = useHr();
  const comparison = useResource(
    `compare:${waveId}:${other}`,
    useCallback((signal) => api.dashboard.compare(waveId, other, signal), [api, waveId, other]),
    texts.compareFailed,
  );
  const label = (row: ComparisonRow): string => {
    const key = row.key ?? "";
    switch (row.metric) {
      case "funnel":
        return texts.metrics.funnel(texts.stages[key as keyof DashboardTexts["stages"]] ?? key);
      case "heldPerPairInMonth":
        return texts.metrics.heldPerPairInMonth(key);
      case "uplift":
        return texts.metrics.uplift(key === "all" ? texts.allThemes : themeLabel(key));
      case "themeDemandShare":
        return texts.metrics.themeDemandShare(themeLabel(key));
      default:
        return texts.metrics[row.metric as "heldPerPair"] ?? row.metric;
    }
  };
  const isShare = (row: ComparisonRow) =>
    ["funnel", "pairsAtRiskShare", "wouldRecommendShare", "themeDemandShare"].includes(row.metric);
  return (
    <ResourceView
      resource={comparison}
      loadingLabel={texts.compareLoading}
      failureTitle={texts.compareFailed}
    >
      {(data) => (
        <>
          <Caption1>
            {data.a.waveName} · {data.b.waveName}
          </Caption1>
          <FigureTable
            caption={texts.compareTitle}
            headers={[texts.metric, data.a.waveName, data.b.waveName]}
            testId="dashboard-compare-table"
            rows={data.rows.map((row) => ({
              key: `${row.metric}-${row.key ?? ""}`,
              cells: [
                label(row),
                isShare(row) ? format.share(row.a) : format.count(row.a),
                isShare(row) ? format.share(row.b) : format.count(row.b),
              ],
            }))}
          />
        </>
      )}
    </ResourceView>
  );
}
