import { lazy, Suspense, useEffect, useState } from "react";
import { toApiError } from "./backend/api-error";
import { fetchConfig, type TabConfig } from "./backend/tandem-api";
import { themeFromQuery, useBrowserTheme } from "./host/browser-theme";
import { connectToTeams, mayBeInTeams, type TeamsConnection } from "./host/teams-host";
import type { ThemeName } from "./host/theme-name";
import { TandemPages } from "./hr/tandem-pages";
import { LoadError } from "./shell/load-error";
import { LoadingState } from "./shell/loading-state";
import { PageFrame } from "./shell/page-frame";
import { TabShell } from "./shell/tab-shell";
import { DevSignInGate } from "./sign-in/dev-sign-in-gate";
import { OpenInTeams } from "./sign-in/open-in-teams";
import { TextsProvider, useTexts } from "./texts/texts-context";

// Its own chunk: only Teams' "add a tab to a channel" dialog opens it (manifest configurationUrl, ?view=config).
const ChannelTabConfigPage = lazy(() => import("./host/channel-tab-config-page"));

type Host =
  | { readonly kind: "starting" }
  | { readonly kind: "teams"; readonly teams: TeamsConnection }
  | { readonly kind: "browser"; readonly config: TabConfig }
  | { readonly kind: "failed"; readonly error: unknown };

/** Inside Teams, Teams signs the user in; in a browser, the local demo sign-in (when the server offers it). */
async function detectHost(signal: AbortSignal): Promise<Host> {
  if (mayBeInTeams()) {
    const teams = await connectToTeams();
    if (teams !== undefined) return { kind: "teams", teams };
  }
  return { kind: "browser", config: await fetchConfig(signal) };
}

export function TabApp() {
  const [host, setHost] = useState<Host>({ kind: "starting" });
  const [attempt, setAttempt] = useState(0);
  const [teamsTheme, setTeamsTheme] = useState<ThemeName>();
  const browserTheme = useBrowserTheme();

  useEffect(() => {
    const abort = new AbortController();
    setHost({ kind: "starting" });
    detectHost(abort.signal).then(
      (detected) => {
        if (abort.signal.aborted) return;
        if (detected.kind === "teams") {
          setTeamsTheme(detected.teams.theme);
          detected.teams.onThemeChange(setTeamsTheme);
        }
        setHost(detected);
      },
      (error: unknown) => {
        if (!abort.signal.aborted) setHost({ kind: "failed", error });
      },
    );
    return () => abort.abort();
  }, [attempt]);

  const theme = themeFromQuery() ?? teamsTheme ?? browserTheme;

  return (
    <TabShell theme={theme}>
      <TextsProvider teamsLocale={host.kind === "teams" ? host.teams.locale : undefined}>
        <HostPages host={host} onRetry={() => setAttempt((n) => n + 1)} />
      </TextsProvider>
    </TabShell>
  );
}

/** What the host allows: Tandem's pages inside Teams, the demo sign-in or "open in Teams" in a browser. */
function HostPages({ host, onRetry }: { readonly host: Host; readonly onRetry: () => void }) {
  const texts = useTexts();
  switch (host.kind) {
    case "starting":
      return (
        <PageFrame>
          <LoadingState label={texts.shell.starting} />
        </PageFrame>
      );
    case "failed":
      return (
        <PageFrame>
          <LoadError
            title={texts.shell.couldNotStart}
            error={toApiError(host.error, "START_FAILED", texts.shell.couldNotStart)}
            onRetry={onRetry}
          />
        </PageFrame>
      );
    case "teams":
      return new URLSearchParams(window.location.search).get("view") === "config" ? (
        <Suspense fallback={null}>
          <ChannelTabConfigPage />
        </Suspense>
      ) : (
        <TandemPages getToken={host.teams.getToken} />
      );
    case "browser":
      return host.config.devSignIn ? <DevSignInGate /> : <OpenInTeams />;
  }
}
