import {
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
  Tooltip,
} from "@fluentui/react-components";
import { ArrowLeftRegular, ArrowRightRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { WaveState } from "../../../../core/wave";
import type { WaveDetail } from "../../../api/hr-api-contract";
import { toApiError, type ApiError } from "../../backend/api-error";
import { useTexts } from "../../texts/texts-context";
import { useHr } from "../backend/hr-context";
import { WaveStepper } from "./wave-stepper";
import { isStepBack, transitionLabel, waveStateLabel } from "./wave-state-wording";

const useStyles = makeStyles({
  lifecycle: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  moves: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
  },
  move: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, maxWidth: "360px" },
  reason: { color: tokens.colorNeutralForeground3 },
});

/** Where the wave is in its lifecycle, and the moves HR may make now (disallowed ones say why). */
export function WaveLifecycle({
  wave,
  onChanged,
}: {
  readonly wave: WaveDetail;
  readonly onChanged: (wave: WaveDetail) => void;
}) {
  const styles = useStyles();
  const { api } = useHr();
  const texts = useTexts();
  const hr = texts.hr;
  const [moving, setMoving] = useState<WaveState>();
  const [failure, setFailure] = useState<ApiError>();
  // The confirmation belongs to the state it announces: a later change (e.g. a launch) makes it stale.
  const [done, setDone] = useState<{ readonly state: WaveState; readonly text: string }>();

  const move = async (to: WaveState): Promise<void> => {
    setMoving(to);
    setFailure(undefined);
    setDone(undefined);
    try {
      const next = await api.transitionWave(wave.id, to);
      setDone({
        state: next.state,
        text: hr.lifecycle.nowInPhase(waveStateLabel(next.state, hr)),
      });
      onChanged(next);
    } catch (error) {
      setFailure(toApiError(error, "TRANSITION_FAILED", hr.lifecycle.moveFailed));
    } finally {
      setMoving(undefined);
    }
  };

  return (
    <div className={styles.lifecycle}>
      <WaveStepper state={wave.state} />
      <div aria-live="polite">
        {failure !== undefined && (
          <MessageBar
            intent="error"
            layout="multiline"
            data-testid="transition-error"
            data-code={failure.code}
          >
            <MessageBarBody>
              <MessageBarTitle>{hr.lifecycle.didNotMove}</MessageBarTitle>
              {failure.message}
            </MessageBarBody>
          </MessageBar>
        )}
        {done?.state === wave.state && <Caption1 data-testid="transition-done">{done.text}</Caption1>}
      </div>
      {wave.transitions.length > 0 && (
        <div className={styles.moves}>
          {wave.transitions.map((transition) => {
            const back = isStepBack(wave.state, transition.to);
            const label = transitionLabel(wave.state, transition.to, hr);
            const reasonId = `transition-reason-${transition.to}`;
            const button = (
              <Button
                appearance={back ? "secondary" : "primary"}
                icon={
                  moving === transition.to ? (
                    <Spinner size="tiny" />
                  ) : back ? (
                    <ArrowLeftRegular />
                  ) : (
                    <ArrowRightRegular />
                  )
                }
                iconPosition={back ? "before" : "after"}
                disabledFocusable={!transition.allowed || moving !== undefined}
                aria-describedby={transition.reason === undefined ? undefined : reasonId}
                onClick={() => void move(transition.to)}
                data-testid={`transition-${transition.to}`}
                data-allowed={transition.allowed}
              >
                {label}
              </Button>
            );
            return (
              <div key={transition.to} className={styles.move}>
                {transition.reason === undefined ? (
                  button
                ) : (
                  <Tooltip content={transition.reason} relationship="inaccessible">
                    {button}
                  </Tooltip>
                )}
                {!transition.allowed && transition.reason !== undefined && (
                  <Caption1
                    id={reasonId}
                    className={styles.reason}
                    data-testid={`transition-${transition.to}-reason`}
                  >
                    {transition.reason}
                  </Caption1>
                )}
              </div>
            );
          })}
        </div>
      )}
    </div>
  );
}
