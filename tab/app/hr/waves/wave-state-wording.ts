import type { BadgeProps } from "@fluentui/react-components";
import { WAVE_STATES, type WaveState } from "../../../../core/wave";

interface StateWording {
  /** The state's name in HR's words, on badges and the stepper. */
  readonly label: string;
  /** The button that moves a wave forward into this state. */
  readonly forward: string;
  readonly badge: BadgeProps["color"];
}

const WORDING: Readonly<Record<WaveState, StateWording>> = {
  draft: { label: "Draft", forward: "Back to draft", badge: "subtle" },
  enrolling: { label: "Enrolment", forward: "Open enrolment", badge: "informative" },
  questionnaire: { label: "Questionnaire", forward: "Open the questionnaire", badge: "warning" },
  matching: { label: "Matching", forward: "Start matching", badge: "important" },
  running: { label: "Running", forward: "Start the sessions", badge: "success" },
  closing: { label: "Closing", forward: "Start closing", badge: "informative" },
  closed: { label: "Closed", forward: "Close the wave", badge: "subtle" },
};

export const waveStateLabel = (state: WaveState): string => WORDING[state]?.label ?? state;
export const waveStateBadge = (state: WaveState): BadgeProps["color"] => WORDING[state]?.badge ?? "subtle";

/** True when moving from `from` to `to` goes back in the lifecycle. */
export const isStepBack = (from: WaveState, to: WaveState): boolean =>
  WAVE_STATES.indexOf(to) < WAVE_STATES.indexOf(from);

/** "Open enrolment", or "Back to Enrolment" for a step back. */
export function transitionLabel(from: WaveState, to: WaveState): string {
  if (isStepBack(from, to)) return `Back to ${waveStateLabel(to).toLowerCase()}`;
  return WORDING[to]?.forward ?? `Move to ${to}`;
}
