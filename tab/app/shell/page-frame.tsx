import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  frame: {
    boxSizing: "border-box",
    maxWidth: "960px",
    margin: "0 auto",
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXL}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    "@media (max-width: 480px)": {
      padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}`,
    },
  },
});

/** The page's main landmark: centred, readable width, tighter padding on phones. */
export function PageFrame({
  banner,
  children,
}: {
  readonly banner?: ReactNode;
  readonly children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <div className={styles.frame}>
      {banner}
      <main>{children}</main>
    </div>
  );
}
