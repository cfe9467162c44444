import { makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import { useTexts } from "../texts/texts-context";

const useStyles = makeStyles({
  nav: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
});

export type TandemPage = "mine" | "hr";

/** "My mentoring | Programme (HR)": shown to HR leads only, so it is loaded on demand with their access. */
export default function HrNavigation({
  page,
  onPage,
}: {
  readonly page: TandemPage;
  readonly onPage: (page: TandemPage) => void;
}) {
  const styles = useStyles();
  const texts = useTexts();
  return (
    <nav aria-label={texts.pages.navigationLabel} className={styles.nav} data-testid="tandem-pages-nav">
      <TabList selectedValue={page} onTabSelect={(_, data) => onPage(data.value as TandemPage)}>
        <Tab value="mine" data-testid="my-mentoring-tab">
          {texts.pages.myMentoringTab}
        </Tab>
        <Tab value="hr" data-testid="hr-tab">
          {texts.pages.programmeTab}
        </Tab>
      </TabList>
    </nav>
  );
}
