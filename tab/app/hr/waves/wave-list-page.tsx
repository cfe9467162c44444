import { Body1, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { AddRegular, CalendarAddRegular } from "@fluentui/react-icons";
import { useCallback } from "react";
import { useHr } from "../backend/hr-context";
import { useResource } from "../backend/use-resource";
import { EmptyState } from "../feedback/empty-state";
import { PageHeading } from "../feedback/page-heading";
import { ResourceView } from "../feedback/resource-view";
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
  const waves = useResource(
    "waves",
    useCallback((signal) => api.listWaves(signal), [api]),
    "The waves could not be loaded",
  );
  const newWave = (
    <Button appearance="primary" icon={<AddRegular />} onClick={onNew} data-testid="new-wave">
      New wave
    </Button>
  );

  return (
    <section className={styles.page} aria-labelledby="waves-heading">
      <header className={styles.header}>
        <div className={styles.title}>
          <Caption1 className={styles.eyebrow}>Programme</Caption1>
          <PageHeading focusOnMount={focusHeading} id="waves-heading">
            Waves
          </PageHeading>
        </div>
        {newWave}
      </header>
      <Body1 as="p">
        A wave is one run of the programme: its people, questionnaire, pairs and monthly sessions. Open a wave
        to enrol people, launch the questionnaire and follow the needs.
      </Body1>
      <ResourceView
        resource={waves}
        loadingLabel="Loading the waves…"
        failureTitle="Could not load the waves"
      >
        {(list) =>
          list.length === 0 ? (
            <EmptyState icon={<CalendarAddRegular />} title="No waves yet" testId="wave-list-empty">
              Create the first wave: its dates, theme catalogue and pairing rules. You can enrol people next.
            </EmptyState>
          ) : (
            <ul className={styles.list} data-testid="wave-list" aria-label="Waves">
              {list.map((wave) => (
                <li key={wave.id}>
                  <WaveRow wave={wave} onOpen={() => onOpen(wave.id)} />
                </li>
              ))}
            </ul>
          )
        }
      </ResourceView>
    </section>
  );
}
