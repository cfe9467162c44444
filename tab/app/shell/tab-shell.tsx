import { FluentProvider, makeStaticStyles, makeStyles, tokens } from "@fluentui/react-components";
import { createContext, useContext, type ReactNode } from "react";
import { fluentTheme } from "../host/fluent-theme";
import type { ThemeName } from "../host/theme-name";

const useGlobalStyles = makeStaticStyles({
  "html, body": { margin: 0, padding: 0 },
  body: { minWidth: "320px" },
  // Spacing comes from the layout's gaps, not from the browser's default heading and paragraph margins.
  "h1, h2, h3, p": { margin: 0 },
});

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
  },
});

const ThemeNameContext = createContext<ThemeName>("default");

/** The Teams theme in use, for what Fluent's tokens cannot colour (chart data series drawn as SVG fills). */
export function useThemeName(): ThemeName {
  return useContext(ThemeNameContext);
}

/** Fluent theme and page background for the whole tab. */
export function TabShell({ theme, children }: { readonly theme: ThemeName; readonly children: ReactNode }) {
  useGlobalStyles();
  const styles = useStyles();
  return (
    // The page's height and background stay on the page: applied to portals too (Fluent's default), they would
    // turn every tooltip's mount node into a full-screen sheet over the page.
    <FluentProvider
      theme={fluentTheme(theme)}
      className={styles.root}
      applyStylesToPortals={false}
      data-theme={theme}
    >
      <ThemeNameContext.Provider value={theme}>{children}</ThemeNameContext.Provider>
    </FluentProvider>
  );
}
