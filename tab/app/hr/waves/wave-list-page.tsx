import { Body1, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { AddRegular, CalendarAddRegular } from "@fluentui/react-icons";
import { useCallback } from "react";
import { useTexts } from "../../texts/texts-context";
import { useHr } from "../backend/hr-context";
import { useResource } from "../backend/use-resource";
import { EmptyState } from "../feedback/empty-state";
import { PageHeading } from "../feedback/page-heading";
import { ResourceView } from "../feedback/resource-view";
import { HrChannelPanel } from "../hr-channel/hr-channel-panel";
import { WaveRow } from "./wave-row";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  header: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalL },
  title: {
    flexGrow: 1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    minWidth: "200px",
  },
  eyebrow: { color: tokens.colorNeutralForeground3 },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
});

/** Every wave of the programme, newest plans first as the server orders them, and "New wave". */
export function WaveListPage({
  focusHeading,
  onOpen,
  onNew,
}: {
  readonly focusHeading: boolean;
  readonly onOpen: (waveId: string) => void;
  readonly onNew: () => void;
}) {
  const styles = useStyles();
  const { api } = useHr();
  const texts = useTexts().hr.waveList;
  const waves = useResource(
    "waves",
    useCallback((signal) => api.listWaves(signal), [api]),
    texts.loadFailed,
  );
  const newWave = (
    <Button appearance="primary" icon={<AddRegular />} onClick={onNew} data-testid="new-wave">
      {texts.newWave}
    </Button>
  );

  return (
    <section className={styles.page} aria-labelledby="waves-heading">
      <header className={styles.header}>
        <div className={styles.title}>
          <Caption1 className={styles.eyebrow}>{texts.eyebrow}</Caption1>
          <PageHeading focusOnMount={focusHeading} id="waves-heading">
            {texts.title}
          </PageHeading>
        </div>
        {newWave}
      </header>
      <Body1 as="p">{texts.intro}</Body1>
      <ResourceView resource={waves} loadingLabel={texts.loading} failureTitle={texts.failureTitle}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState icon={<CalendarAddRegular />} title={texts.emptyTitle} testId="wave-list-empty">
              {texts.emptyText}
            </EmptyState>
          ) : (
            <ul className={styles.list} data-testid="wave-list" aria-label={texts.title}>
              {list.map((wave) => (
                <li key={wave.id}>
                  <WaveRow wave={wave} onOpen={() => onOpen(wave.id)} />
                </li>
              ))}
            </ul>
          )
        }
      </ResourceView>
      <HrChannelPanel />
    </section>
  );
}
