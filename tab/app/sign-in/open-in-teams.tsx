import { Body1, Card, CardHeader, makeStyles, Title3, tokens } from "@fluentui/react-components";
import { PageFrame } from "../shell/page-frame";
import { useTexts } from "../texts/texts-context";

const useStyles = makeStyles({
  card: { maxWidth: "560px", margin: "0 auto", padding: tokens.spacingHorizontalXL },
});

/** Shown in a plain browser when the server offers no demo sign-in. */
export function OpenInTeams() {
  const styles = useStyles();
  const texts = useTexts();
  return (
    <PageFrame>
      <Card className={styles.card} data-testid="open-in-teams">
        <CardHeader header={<Title3 as="h1">{texts.signIn.openInTeamsTitle}</Title3>} />
        <Body1 as="p">{texts.signIn.openInTeamsText}</Body1>
      </Card>
    </PageFrame>
  );
}
