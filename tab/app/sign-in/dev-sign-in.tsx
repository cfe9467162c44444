import {
  Avatar,
  Body1,
  Body1Strong,
  Button,
  Caption1,
  Card,
  CardHeader,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Title3,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { toApiError, type ApiError } from "../backend/api-error";
import { fetchDevUsers, requestDevToken, type DevUser } from "../backend/tandem-api";
import { RoleBadge } from "../my-mentoring/role-badge";
import { Badge } from "@fluentui/react-components";
import { useTexts } from "../texts/texts-context";
import { LoadError } from "../shell/load-error";
import { LoadingState } from "../shell/loading-state";
import { PageFrame } from "../shell/page-frame";
import type { DevSession } from "./dev-session-store";

const useStyles = makeStyles({
  card: { maxWidth: "640px", width: "100%", margin: "0 auto", padding: tokens.spacingHorizontalL },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  user: {
    width: "100%",
    minHeight: "56px",
    justifyContent: "flex-start",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
  },
  who: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0 },
  detail: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  trailing: { flexShrink: 0 },
});

type UsersState =
  | { readonly kind: "loading" }
  | { readonly kind: "ready"; readonly users: readonly DevUser[] }
  | { readonly kind: "failed"; readonly error: unknown };

/** The local demo sign-in: pick a seeded participant, get a token from the local issuer. */
export function DevSignIn({
  notice,
  onSignedIn,
}: {
  /** Why the user is back here (an expired session), if they did not choose to be. */
  readonly notice?: string;
  readonly onSignedIn: (session: DevSession) => void;
}) {
  const styles = useStyles();
  const texts = useTexts();
  const [users, setUsers] = useState<UsersState>({ kind: "loading" });
  const [attempt, setAttempt] = useState(0);
  const [pendingUserId, setPendingUserId] = useState<string>();
  const [signInError, setSignInError] = useState<ApiError>();

  useEffect(() => {
    const abort = new AbortController();
    setUsers({ kind: "loading" });
    fetchDevUsers(abort.signal).then(
      (list) => setUsers({ kind: "ready", users: list }),
      (error: unknown) => {
        if (!abort.signal.aborted) setUsers({ kind: "failed", error });
      },
    );
    return () => abort.abort();
  }, [attempt]);

  const signIn = async (user: DevUser): Promise<void> => {
    setPendingUserId(user.id);
    setSignInError(undefined);
    try {
      const { token, expiresAt } = await requestDevToken(user.id);
      onSignedIn({ token, expiresAt, user });
    } catch (error) {
      setSignInError(toApiError(error, "DEV_TOKEN", texts.signIn.signInFailed));
      setPendingUserId(undefined);
    }
  };

  return (
    <PageFrame>
      <Card className={styles.card}>
        <CardHeader
          header={<Title3 as="h1">{texts.signIn.title}</Title3>}
          description={<Body1 as="p">{texts.signIn.intro}</Body1>}
        />
        {notice !== undefined && (
          <MessageBar intent="warning" data-testid="sign-in-notice">
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        )}
        {signInError !== undefined && (
          <MessageBar intent="error" data-testid="sign-in-error">
            <MessageBarBody>{signInError.message}</MessageBarBody>
          </MessageBar>
        )}
        {users.kind === "loading" && <LoadingState label={texts.signIn.loadingUsers} />}
        {users.kind === "failed" && (
          <LoadError
            title={texts.signIn.usersFailed}
            error={toApiError(users.error, "DEV_USERS", texts.signIn.noDemoUsers)}
            onRetry={() => setAttempt((n) => n + 1)}
          />
        )}
        {users.kind === "ready" && users.users.length === 0 && (
          <Body1 as="p">{texts.signIn.noUsersYet}</Body1>
        )}
        {users.kind === "ready" && users.users.length > 0 && (
          <ul className={styles.list} aria-label={texts.signIn.usersLabel}>
            {users.users.map((user) => (
              <li key={user.id}>
                <Button
                  appearance="subtle"
                  className={styles.user}
                  data-testid={`dev-user-${user.id}`}
                  disabled={pendingUserId !== undefined}
                  onClick={() => void signIn(user)}
                >
                  <Avatar name={user.displayName} color="colorful" aria-hidden />
                  <span className={styles.who}>
                    <Body1Strong>{user.displayName}</Body1Strong>
                    <Caption1 className={styles.detail}>
                      {user.department} · {user.waveName}
                    </Caption1>
                  </span>
                  <span className={styles.trailing}>
                    {pendingUserId === user.id ? (
                      <Spinner size="tiny" aria-label={texts.signIn.signingInAs(user.displayName)} />
                    ) : (
                      <DevRoleBadge role={user.role} />
                    )}
                  </span>
                </Button>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </PageFrame>
  );
}

/** Participants show their mentoring role; the demo HR lead shows "HR". */
function DevRoleBadge({ role }: { readonly role: DevUser["role"] }) {
  const texts = useTexts();
  if (role === "hr") {
    return (
      <Badge appearance="outline" color="informative">
        {texts.signIn.hrBadge}
      </Badge>
    );
  }
  return <RoleBadge role={role} />;
}
