import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { DevUser } from "../backend/tandem-api";
import { roleName } from "../my-mentoring/wording";

/** Says the page runs on the demo sign-in, as whom, and lets the tester switch user. */
export function DevSessionBar({
  user,
  onSwitchUser,
}: {
  readonly user: DevUser;
  readonly onSwitchUser: () => void;
}) {
  return (
    <MessageBar intent="info" data-testid="dev-session-bar">
      <MessageBarBody>
        Demo sign-in as <strong>{user.displayName}</strong> (
        {user.role === "hr" ? "HR programme lead" : roleName(user.role).toLowerCase()})
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onSwitchUser} data-testid="switch-user">
          Switch user
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
