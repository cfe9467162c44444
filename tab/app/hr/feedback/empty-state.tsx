import { Body1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { ReactElement, ReactNode } from "react";

const useStyles = makeStyles({
  empty: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    textAlign: "center",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalL}`,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  icon: { fontSize: "40px", color: tokens.colorBrandForeground2, display: "flex" },
  text: { color: tokens.colorNeutralForeground3, maxWidth: "48ch" },
});

/** "Nothing here yet", with what to do about it. */
export function EmptyState({
  icon,
  title,
  children,
  action,
  testId,
}: {
  readonly icon: ReactElement;
  readonly title: string;
  readonly children: ReactNode;
  readonly action?: ReactNode;
  readonly testId?: string;
}) {
  const styles = useStyles();
  return (
    <div className={styles.empty} data-testid={testId}>
      <span className={styles.icon} aria-hidden>
        {icon}
      </span>
      <Subtitle2 as="h3">{title}</Subtitle2>
      <Body1 as="p" align="center" className={styles.text}>
        {children}
      </Body1>
      {action}
    </div>
  );
}
