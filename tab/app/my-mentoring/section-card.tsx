import { Card, CardHeader, makeStyles, mergeClasses, Subtitle1, tokens } from "@fluentui/react-components";
import type { ReactElement, ReactNode } from "react";

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalL, gap: tokens.spacingVerticalM },
  icon: {
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    width: "32px",
    height: "32px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    fontSize: "20px",
  },
  title: {
    "@media (max-width: 480px)": { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  },
});

/** A titled card: one section of the page, with an h2 heading. */
export function SectionCard({
  title,
  icon,
  className,
  children,
}: {
  readonly title: string;
  readonly icon: ReactElement;
  readonly className?: string;
  readonly children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <Card className={mergeClasses(styles.card, className)} appearance="filled">
      <CardHeader
        image={
          <span className={styles.icon} aria-hidden>
            {icon}
          </span>
        }
        header={
          <Subtitle1 as="h2" className={styles.title}>
            {title}
          </Subtitle1>
        }
      />
      {children}
    </Card>
  );
}
