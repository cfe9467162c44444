import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import type { ApiError } from "../backend/api-error";
import { useTexts } from "../texts/texts-context";

/** An error bar with the server's message and a Retry button. */
export function LoadError({
  title,
  error,
  onRetry,
}: {
  readonly title: string;
  readonly error: ApiError;
  readonly onRetry: () => void;
}) {
  const texts = useTexts();
  return (
    <MessageBar intent="error" layout="multiline" data-testid="load-error" data-code={error.code}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {error.message}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onRetry}>{texts.shell.retry}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
