import {
  Badge,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from "@fluentui/react-components";
import { useTexts } from "../../texts/texts-context";

const useStyles = makeStyles({
  legend: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalXS,
  },
});

/** The one rule of mentor selection, stated before the controls. */
export function MentorLegend({ matchable, total }: { readonly matchable: number; readonly total: number }) {
  const styles = useStyles();
  const texts = useTexts().hr.mentors;
  return (
    <MessageBar intent="info" layout="multiline" data-testid="mentor-legend">
      <MessageBarBody>
        <MessageBarTitle>{texts.legendTitle}</MessageBarTitle>
        {texts.legendText(matchable, total)}
        <div className={styles.legend}>
          <Badge appearance="filled" color="success">
            {texts.canBeMatched}
          </Badge>
          <Badge appearance="tint" color="warning">
            {texts.notYet}
          </Badge>
          <Badge appearance="tint" color="danger">
            {texts.declined}
          </Badge>
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}
