import { useEffect, useMemo, useState } from "react";
import { toApiError, type ApiError } from "./backend/api-error";
import { fetchConfig, type TabConfig } from "./backend/tandem-api";
import { themeFromQuery, useBrowserTheme } from "./host/browser-theme";
import { connectToTeams, mayBeInTeams, type TeamsConnection } from "./host/teams-host";
import type { ThemeName } from "./host/theme-name";
import { TandemPages } from "./hr/tandem-pages";
import { dateFormats } from "./my-mentoring/date-formats";
import { LoadError } from "./shell/load-error";
import { LoadingState } from "./shell/loading-state";
import { PageFrame } from "./shell/page-frame";
import { TabShell } from "./shell/tab-shell";
import { DevSignInGate } from "./sign-in/dev-sign-in-gate";
import { OpenInTeams } from "./sign-in/open-in-teams";

type Host =
  | { readonly kind: "starting" }
  | { readonly kind: "teams"; readonly teams: TeamsConnection }
  | { readonly kind: "browser"; readonly config: TabConfig }
  | { readonly kind: "failed"; readonly error: ApiError };

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
        if (!abort.signal.aborted)
          setHost({ kind: "failed", error: toApiError(error, "START_FAILED", "Tandem could not start") });
      },
    );
    return () => abort.abort();
  }, [attempt]);

  const theme = themeFromQuery() ?? teamsTheme ?? browserTheme;
  const locale = host.kind === "teams" ? host.teams.locale : navigator.language;
  const formats = useMemo(() => dateFormats(locale), [locale]);

  return (
    <TabShell theme={theme}>
      {host.kind === "starting" && (
        <PageFrame>
          <LoadingState label="Starting Tandem…" />
        </PageFrame>
      )}
      {host.kind === "failed" && (
        <PageFrame>
          <LoadError
            title="Tandem could not start"
            error={host.error}
            onRetry={() => setAttempt((n) => n + 1)}
          />
        </PageFrame>
      )}
      {host.kind === "teams" && <TandemPages getToken={host.teams.getToken} formats={formats} />}
      {host.kind === "browser" &&
        (host.config.devSignIn ? <DevSignInGate formats={formats} /> : <OpenInTeams />)}
    </TabShell>
  );
}
