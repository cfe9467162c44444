import { useCallback, useState } from "react";
import { TandemPages } from "../hr/tandem-pages";
import { DevSessionBar } from "./dev-session-bar";
import { DevSignIn } from "./dev-sign-in";
import { useTexts } from "../texts/texts-context";
import { clearDevSession, readDevSession, saveDevSession, type DevSession } from "./dev-session-store";

/** Browser mode with the local issuer: the demo sign-in until there is a session, then My mentoring as that user. */
export function DevSignInGate() {
  const texts = useTexts();
  const sessionExpired = texts.signIn.sessionExpired;
  const [stored] = useState(() => readDevSession(Date.now()));
  const [session, setSession] = useState<DevSession | undefined>(
    stored.status === "active" ? stored.session : undefined,
  );
  const [notice, setNotice] = useState<string | undefined>(
    stored.status === "expired" ? sessionExpired : undefined,
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
  const onSessionExpired = useCallback(() => signOut(sessionExpired), [signOut, sessionExpired]);

  if (session === undefined) return <DevSignIn notice={notice} onSignedIn={signIn} />;
  return (
    <TandemPages
      banner={<DevSessionBar user={session.user} onSwitchUser={() => signOut()} />}
      getToken={getToken}
      onSessionExpired={onSessionExpired}
    />
  );
}
