import {
  Avatar,
  Body1,
  Body1Strong,
  Caption1,
  makeStyles,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { CheckmarkCircleRegular } from "@fluentui/react-icons";
import type { CampaignStatus } from "../../../api/hr-api-contract";
import { useTexts } from "../../texts/texts-context";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteDarkOrangeBorder2}`,
  },
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  reason: { color: tokens.colorPaletteDarkOrangeForeground1 },
  fine: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    color: tokens.colorPaletteGreenForeground1,
  },
});

/** The people the bot cannot reach, why, and what HR can do about it. */
export function UnreachableList({ people }: { readonly people: CampaignStatus["unreachable"] }) {
  const styles = useStyles();
  const texts = useTexts().hr.campaign;
  return (
    <section
      className={styles.section}
      aria-labelledby="unreachable-heading"
      data-testid="unreachable-list"
      data-count={people.length}
    >
      <Subtitle2 as="h3" id="unreachable-heading">
        {texts.unreachableTitle(people.length)}
      </Subtitle2>
      {people.length === 0 ? (
        <Body1 className={styles.fine}>
          <CheckmarkCircleRegular aria-hidden /> {texts.everyoneReachable}
        </Body1>
      ) : (
        <ul className={styles.list}>
          {people.map((person) => (
            <li
              key={person.participantId}
              className={styles.item}
              data-testid={`unreachable-${person.participantId}`}
            >
              <Avatar name={person.displayName} size={32} aria-hidden />
              <div className={styles.body}>
                <Body1Strong>{person.displayName}</Body1Strong>
                <Caption1 className={styles.reason}>{texts.reasons[person.reason] ?? person.reason}</Caption1>
                <Body1>{texts.whatToDo[person.reason] ?? person.whatToDo}</Body1>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
