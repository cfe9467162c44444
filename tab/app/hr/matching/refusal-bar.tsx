import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useTexts } from "../../texts/texts-context";
import { useMatchingTexts } from "../../texts/use-matching-texts";
import type { MatchingHandle } from "./use-matching";

/** A refused or failed change, with the server's reason (e.g. the hard rule a swap would break); dismissible. */
export function RefusalBar({
  refusal,
  onDismiss,
}: {
  readonly refusal: NonNullable<MatchingHandle["refusal"]>;
  readonly onDismiss: () => void;
}) {
  const texts = useMatchingTexts();
  const { common } = useTexts().hr;
  const title =
    refusal.during === "propose"
      ? texts.pool.proposeFailed
      : refusal.error.status === 409
        ? texts.edits.refusedTitle
        : texts.edits.failed;
  return (
    <MessageBar
      intent="error"
      layout="multiline"
      role="alert"
      data-testid="matching-refusal"
      data-code={refusal.error.code}
    >
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {refusal.error.message}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            icon={<DismissRegular />}
            aria-label={common.cancel}
            onClick={onDismiss}
          />
        }
      />
    </MessageBar>
  );
}
