import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import { useEffect, useRef, type ReactNode } from "react";

const useStyles = makeStyles({
  heading: {
    ...typographyStyles.title2,
    overflowWrap: "anywhere",
    outline: "none",
    "@media (max-width: 480px)": { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  },
});

/** The page's h1; after an in-page navigation it takes the focus, so screen readers announce the new page. */
export function PageHeading({
  children,
  focusOnMount,
  id,
  testId,
}: {
  readonly children: ReactNode;
  readonly focusOnMount: boolean;
  readonly id?: string;
  readonly testId?: string;
}) {
  const styles = useStyles();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, [focusOnMount]);
  return (
    <h1 className={styles.heading} tabIndex={-1} ref={ref} id={id} data-testid={testId}>
      {children}
    </h1>
  );
}
