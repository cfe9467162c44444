import { useCallback, useState } from "react";
import { TandemPages } from "../hr/tandem-pages";
import type { DateFormats } from "../my-mentoring/date-formats";
import { DevSessionBar } from "./dev-session-bar";
import { DevSignIn } from "./dev-sign-in";
import { clearDevSession, readDevSession, saveDevSession, type DevSession } from "./dev-session-store";

const SESSION_EXPIRED = "Your session expired, sign in again.";

/** Browser mode with the local issuer: the demo sign-in until there is a session, then My mentoring as that user. */
export function DevSignInGate({ formats }: { readonly formats: DateFormats }) {
  const [stored] = useState(() => readDevSession(Date.now()));
  const [session, setSession] = useState<DevSession | undefined>(
    stored.status === "active" ? stored.session : undefined,
  );
  const [notice, setNotice] = useState<string | undefined>(
    stored.status === "expired" ? SESSION_EXPIRED : undefined,
  );

  const signIn = useCallback((next: DevSession) => {
    saveDevSession(next);
    setNotice(undefined);
    setSession(next);
  }, []);
  const signOut = useCallback((reason?: string) => {
    clearDevSession();
    setNotice(reason);
    setSession(undefined);
  }, []);

  const token = session?.token;
  const getToken = useCallback(async () => token ?? "", [token]);
  const onSessionExpired = useCallback(() => signOut(SESSION_EXPIRED), [signOut]);

  if (session === undefined) return <DevSignIn notice={notice} onSignedIn={signIn} />;
  return (
    <TandemPages
      banner={<DevSessionBar user={session.user} onSwitchUser={() => signOut()} />}
      getToken={getToken}
      onSessionExpired={onSessionExpired}
      formats={formats}
    />
  );
}
