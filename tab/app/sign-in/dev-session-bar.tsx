import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { DevUser } from "../backend/tandem-api";
import { useTexts } from "../texts/texts-context";

/** Says the page runs on the demo sign-in, as whom, and lets the tester switch user. */
export function DevSessionBar({
  user,
  onSwitchUser,
}: {
  readonly user: DevUser;
  readonly onSwitchUser: () => void;
}) {
  const texts = useTexts();
  const role = user.role === "hr" ? texts.signIn.hrLead : texts.role.names[user.role].toLowerCase();
  return (
    <MessageBar intent="info" data-testid="dev-session-bar">
      <MessageBarBody>
        {texts.signIn.demoSignInAs} <strong>{user.displayName}</strong> ({role})
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onSwitchUser} data-testid="switch-user">
          {texts.signIn.switchUser}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
