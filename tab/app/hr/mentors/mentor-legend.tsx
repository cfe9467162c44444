import {
  Badge,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from "@fluentui/react-components";

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
  return (
    <MessageBar intent="info" layout="multiline" data-testid="mentor-legend">
      <MessageBarBody>
        <MessageBarTitle>Only approved, trained mentors can be matched</MessageBarTitle>
        Approve each volunteer you consider legitimate for the programme, then record their training when they
        have completed it. {matchable} of {total} mentors can be matched now.
        <div className={styles.legend}>
          <Badge appearance="filled" color="success">
            Can be matched
          </Badge>
          <Badge appearance="tint" color="warning">
            Not yet
          </Badge>
          <Badge appearance="tint" color="danger">
            Declined
          </Badge>
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}
