import { makeStyles, Spinner, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  loading: {
    display: "flex",
    justifyContent: "center",
    padding: `${tokens.spacingVerticalXXXL} 0`,
  },
});

/** A centred spinner that screen readers announce. */
export function LoadingState({ label }: { readonly label: string }) {
  const styles = useStyles();
  return (
    <div className={styles.loading} role="status" data-testid="loading">
      <Spinner label={label} labelPosition="below" />
    </div>
  );
}
