import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from "@fluentui/react-components";
import { ArrowRightRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { WaveDetail } from "../../../api/hr-api-contract";
import { toApiError, type ApiError } from "../../backend/api-error";
import { useMatchingTexts } from "../../texts/use-matching-texts";
import { useHr } from "../backend/hr-context";

/** While the questionnaire is open: pairs come after it, so offer to move the wave to matching from here. */
export function MatchingStart({
  wave,
  onMoved,
}: {
  readonly wave: WaveDetail;
  readonly onMoved: (wave: WaveDetail) => void;
}) {
  const { api } = useHr();
  const texts = useMatchingTexts();
  const [moving, setMoving] = useState(false);
  const [failure, setFailure] = useState<ApiError>();
  const transition = wave.transitions.find((candidate) => candidate.to === "matching");
  const allowed = transition?.allowed === true;

  const move = async (): Promise<void> => {
    setMoving(true);
    setFailure(undefined);
    try {
      onMoved(await api.transitionWave(wave.id, "matching"));
    } catch (error) {
      setFailure(toApiError(error, "TRANSITION_FAILED", texts.startMatchingFailed));
    } finally {
      setMoving(false);
    }
  };

  return (
    <>
      <MessageBar intent="warning" layout="multiline" data-testid="matching-questionnaire-open">
        <MessageBarBody>
          <MessageBarTitle>{texts.questionnaireOpenTitle}</MessageBarTitle>
          {texts.questionnaireOpenText}
          {!allowed && transition?.reason !== undefined && (
            <>
              {" "}
              <Caption1 data-testid="start-matching-reason">{transition.reason}</Caption1>
            </>
          )}
        </MessageBarBody>
        <MessageBarActions>
          <Button
            appearance="primary"
            icon={moving ? <Spinner size="tiny" /> : <ArrowRightRegular />}
            iconPosition="after"
            disabledFocusable={!allowed || moving}
            onClick={() => void move()}
            data-testid="start-matching"
          >
            {texts.startMatching}
          </Button>
        </MessageBarActions>
      </MessageBar>
      {failure !== undefined && (
        <MessageBar intent="error" layout="multiline" role="alert" data-testid="start-matching-error">
          <MessageBarBody>
            <MessageBarTitle>{texts.startMatchingFailed}</MessageBarTitle>
            {failure.message}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
