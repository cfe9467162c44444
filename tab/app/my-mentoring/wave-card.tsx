import { Badge, Body1, Body1Strong, makeStyles, tokens } from "@fluentui/react-components";
import { CalendarLtrRegular } from "@fluentui/react-icons";
import type { EnrolmentView } from "../../../core/my-mentoring";
import type { DateFormats } from "./date-formats";
import { FactsList } from "./facts-list";
import { SectionCard } from "./section-card";
import { useTexts } from "../texts/texts-context";
import { waveStateBadgeColor } from "./wording";

const useStyles = makeStyles({
  name: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  sentence: { margin: 0 },
});

/** The wave the person takes part in: its name, phase, dates and session length. */
export function WaveCard({
  wave,
  formats,
}: {
  readonly wave: EnrolmentView["wave"];
  readonly formats: DateFormats;
}) {
  const styles = useStyles();
  const texts = useTexts();
  const state = texts.wave.states[wave.state];
  return (
    <SectionCard title={texts.wave.title} icon={<CalendarLtrRegular />}>
      <div className={styles.name}>
        <Body1Strong data-testid="my-wave">{wave.name}</Body1Strong>
        <Badge appearance="tint" color={waveStateBadgeColor(wave.state)} data-testid="my-wave-state">
          {state.label}
        </Badge>
      </div>
      <Body1 as="p" className={styles.sentence}>
        {state.sentence}
      </Body1>
      <FactsList
        facts={[
          {
            term: texts.wave.dates,
            value: (
              <>
                <time dateTime={wave.startDate}>{formats.date(wave.startDate)}</time> –{" "}
                <time dateTime={wave.endDate}>{formats.date(wave.endDate)}</time>
              </>
            ),
          },
          {
            term: texts.wave.sessions,
            value: texts.wave.sessionEach(texts.wave.sessionLength(wave.sessionMinutes)),
          },
        ]}
      />
    </SectionCard>
  );
}
