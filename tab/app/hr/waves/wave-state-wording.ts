import type { BadgeProps } from "@fluentui/react-components";
import { WAVE_STATES, type WaveState } from "../../../../core/wave";
import type { HrTexts } from "../../texts/hr-texts";

/** Told apart by colour as well as by word. */
const BADGES: Readonly<Record<WaveState, BadgeProps["color"]>> = {
  draft: "subtle",
  enrolling: "informative",
  questionnaire: "warning",
  matching: "important",
  running: "success",
  closing: "informative",
  closed: "subtle",
};

/** The state's name in HR's words, on badges and the stepper (the raw state for one this version does not know). */
export const waveStateLabel = (state: WaveState, texts: HrTexts): string =>
  texts.lifecycle.states[state]?.label ?? state;
export const waveStateBadge = (state: WaveState): BadgeProps["color"] => BADGES[state] ?? "subtle";

/** True when moving from `from` to `to` goes back in the lifecycle. */
export const isStepBack = (from: WaveState, to: WaveState): boolean =>
  WAVE_STATES.indexOf(to) < WAVE_STATES.indexOf(from);

/** "Open enrolment", or "Back to enrolment" for a step back. */
export function transitionLabel(from: WaveState, to: WaveState, texts: HrTexts): string {
  if (isStepBack(from, to)) return texts.lifecycle.backTo(waveStateLabel(to, texts));
  return texts.lifecycle.states[to]?.forward ?? to;
}
