import {
  Avatar,
  Body1,
  Body1Strong,
  Button,
  Caption1,
  Card,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { CheckmarkRegular, AddRegular } from "@fluentui/react-icons";
import type { ShortlistCandidate } from "../../../api/matching-api-contract";
import { useShortlistTexts } from "../../texts/use-matching-texts";
import { useLanguage, useTexts } from "../../texts/texts-context";
import { languageList, levelText } from "../wording";

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalL, gap: tokens.spacingVerticalS, height: "100%" },
  chosen: {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    "@media (forced-colors: active)": { outline: "3px solid Highlight" },
  },
  head: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "flex-start" },
  who: { display: "flex", flexDirection: "column", minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  heading: { margin: 0, color: tokens.colorNeutralForeground2 },
  themes: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  motivation: {
    margin: 0,
    fontStyle: "italic",
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
  action: { marginTop: "auto", alignSelf: "flex-start" },
});

/** One profile of the other side: who they are, what they offer or need, and "Choose" (or its rank once chosen). */
export function CandidateCard({
  candidate,
  rank,
  full,
  disabled,
  onToggle,
}: {
  readonly candidate: ShortlistCandidate;
  /** 1-based rank in the participant's choices; undefined when not chosen. */
  readonly rank?: number;
  readonly full: boolean;
  readonly disabled: boolean;
  readonly onToggle: () => void;
}) {
  const styles = useStyles();
  const texts = useTexts();
  const language = useLanguage();
  const words = useShortlistTexts();
  const name = candidate.displayName;
  const chosen = rank !== undefined;
  const mentor = candidate.role === "mentor";
  const ThemeList = mentor ? "ul" : "ol";
  return (
    <Card
      className={chosen ? `${styles.card} ${styles.chosen}` : styles.card}
      data-testid={`candidate-${candidate.id}`}
      data-chosen={rank ?? 0}
    >
      <div className={styles.head}>
        <Avatar name={name} color="colorful" aria-hidden />
        <div className={styles.who}>
          <Body1Strong as="h3">{name}</Body1Strong>
          <Caption1 className={styles.muted}>
            {[candidate.department, candidate.site, languageList(candidate.languages, texts)]
              .filter(Boolean)
              .join(" · ")}
          </Caption1>
        </div>
      </div>
      {candidate.themes.length > 0 && (
        <>
          <Caption1 as="p" className={styles.heading}>
            {mentor ? words.offers : words.needs}
          </Caption1>
          <ThemeList className={styles.themes}>
            {candidate.themes.map((theme) => (
              <li key={theme.themeId}>
                <Body1>
                  {theme.themeLabel}
                  {theme.level !== undefined && (
                    <Caption1 className={styles.muted}> · {levelText(theme.level, language, texts)}</Caption1>
                  )}
                </Body1>
              </li>
            ))}
          </ThemeList>
        </>
      )}
      {candidate.motivation !== undefined && candidate.motivation !== "" && (
        <>
          <Caption1 as="p" className={styles.heading}>
            {words.motivation}
          </Caption1>
          <p className={styles.motivation}>“{candidate.motivation}”</p>
        </>
      )}
      <Button
        className={styles.action}
        appearance={chosen ? "primary" : "secondary"}
        icon={chosen ? <CheckmarkRegular /> : <AddRegular />}
        aria-pressed={chosen}
        disabledFocusable={disabled || (!chosen && full)}
        onClick={onToggle}
        data-testid={`choose-${candidate.id}`}
      >
        {chosen ? words.chosen(rank) : words.choose(name)}
      </Button>
    </Card>
  );
}
