import { Body1, Card, CardHeader, makeStyles, Title3, tokens } from "@fluentui/react-components";
import { PageFrame } from "../shell/page-frame";

const useStyles = makeStyles({
  card: { maxWidth: "560px", margin: "0 auto", padding: tokens.spacingHorizontalXL },
});

/** Shown in a plain browser when the server offers no demo sign-in. */
export function OpenInTeams() {
  const styles = useStyles();
  return (
    <PageFrame>
      <Card className={styles.card} data-testid="open-in-teams">
        <CardHeader header={<Title3 as="h1">Open Tandem in Microsoft Teams</Title3>} />
        <Body1 as="p">
          Your mentoring lives in the Tandem app in Microsoft Teams. Open Teams, select Tandem in your apps,
          then the My mentoring tab to see your role, your wave and your questionnaire.
        </Body1>
      </Card>
    </PageFrame>
  );
}
