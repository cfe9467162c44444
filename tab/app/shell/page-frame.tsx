import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { createContext, useContext, type ReactNode } from "react";

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
  wide: { maxWidth: "1280px" },
});

const WideContext = createContext(false);

/** Widens the page frames inside when `wide`: HR's tables need the room, and the page tabs must not jump. */
export function PageFrameWidth({ wide, children }: { readonly wide: boolean; readonly children: ReactNode }) {
  return <WideContext.Provider value={wide}>{children}</WideContext.Provider>;
}

/** The page's main landmark: centred, readable width (wider for HR), tighter padding on phones. */
export function PageFrame({
  banner,
  children,
}: {
  readonly banner?: ReactNode;
  readonly children: ReactNode;
}) {
  const styles = useStyles();
  const wide = useContext(WideContext);
  return (
    <div className={mergeClasses(styles.frame, wide && styles.wide)}>
      {banner}
      <main>{children}</main>
    </div>
  );
}
