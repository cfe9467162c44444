import { Badge, Body1, Body1Strong, makeStyles, tokens } from "@fluentui/react-components";
import { CalendarLtrRegular } from "@fluentui/react-icons";
import type { EnrolmentView } from "../../../core/my-mentoring";
import type { DateFormats } from "./date-formats";
import { FactsList } from "./facts-list";
import { SectionCard } from "./section-card";
import { sessionLengthText, waveStateBadgeColor, waveStateLabel, waveStateSentence } from "./wording";

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
  return (
    <SectionCard title="Your wave" icon={<CalendarLtrRegular />}>
      <div className={styles.name}>
        <Body1Strong data-testid="my-wave">{wave.name}</Body1Strong>
        <Badge appearance="tint" color={waveStateBadgeColor(wave.state)} data-testid="my-wave-state">
          {waveStateLabel(wave.state)}
        </Badge>
      </div>
      <Body1 as="p" className={styles.sentence}>
        {waveStateSentence(wave.state)}
      </Body1>
      <FactsList
        facts={[
          {
            term: "Dates",
            value: (
              <>
                <time dateTime={wave.startDate}>{formats.date(wave.startDate)}</time> –{" "}
                <time dateTime={wave.endDate}>{formats.date(wave.endDate)}</time>
              </>
            ),
          },
          { term: "Sessions", value: `${sessionLengthText(wave.sessionMinutes)} each` },
        ]}
      />
    </SectionCard>
  );
}
