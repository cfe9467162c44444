import { Body1, makeStyles, Subtitle1, tokens } from "@fluentui/react-components";
import { PeopleSearchRegular } from "@fluentui/react-icons";
import { useTexts } from "../texts/texts-context";

const useStyles = makeStyles({
  empty: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    textAlign: "center",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXXXL} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
  },
  icon: { fontSize: "48px", color: tokens.colorBrandForeground1 },
  text: { margin: 0, maxWidth: "48ch", color: tokens.colorNeutralForeground2 },
});

/** The person takes part in no active wave. */
export function NotEnrolled() {
  const styles = useStyles();
  const texts = useTexts();
  return (
    <section className={styles.empty} data-testid="not-enrolled">
      <PeopleSearchRegular className={styles.icon} aria-hidden />
      <Subtitle1 as="h2">{texts.myMentoring.notEnrolledTitle}</Subtitle1>
      <Body1 as="p" align="center" className={styles.text}>
        {texts.myMentoring.notEnrolledText}
      </Body1>
    </section>
  );
}
