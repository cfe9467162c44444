import { TandemError } from "./errors";
import type { Wave, WaveState } from "./wave";

/** What the lifecycle rules need to know about a wave's people and pairs. */
export interface WaveFacts {
  readonly activeMentees: number;
  readonly activeMentors: number;
  /** Mentors HR approved and who completed the training: the only ones matching may use. */
  readonly matchableMentors: number;
  readonly publishedPairs: number;
}

/** The moves HR may make from each state; going back is allowed only before pairs exist. */
const NEXT: Readonly<Record<WaveState, readonly WaveState[]>> = {
  draft: ["enrolling"],
  enrolling: ["questionnaire", "draft"],
  questionnaire: ["matching", "enrolling"],
  matching: ["running", "questionnaire"],
  running: ["closing"],
  closing: ["closed"],
  closed: [],
};

export interface TransitionCheck {
  readonly to: WaveState;
  readonly allowed: boolean;
  readonly reason?: string;
}

/** Every state reachable in one move from the wave's state, each with whether it is allowed now and why not. */
export function possibleTransitions(wave: Wave, facts: WaveFacts): TransitionCheck[] {
  return NEXT[wave.state].map((to) => {
    const reason = refusal(wave, to, facts);
    return reason === undefined ? { to, allowed: true } : { to, allowed: false, reason };
  });
}

/** Moves the wave to `to`, or fails with INVALID_TRANSITION and the reason in plain words. */
export function transitionWave(wave: Wave, to: WaveState, facts: WaveFacts): Wave {
  const reason = refusal(wave, to, facts);
  if (reason !== undefined) throw new TandemError("INVALID_TRANSITION", reason);
  return { ...wave, state: to };
}

/** Rules and the theme catalogue are fixed once pairs are published (the wave is running). */
export function rulesEditable(wave: Wave): boolean {
  return ["draft", "enrolling", "questionnaire", "matching"].includes(wave.state);
}

function refusal(wave: Wave, to: WaveState, facts: WaveFacts): string | undefined {
  if (wave.state === to) return `The wave is already in the ${to} state.`;
  if (!NEXT[wave.state].includes(to)) {
    return `A wave in the ${wave.state} state cannot move to ${to}${NEXT[wave.state].length ? `; it can move to ${NEXT[wave.state].join(" or ")}` : ": it is finished"}.`;
  }
  switch (to) {
    case "enrolling":
      if (wave.state === "draft") return draftProblem(wave);
      return facts.publishedPairs > 0 ? "Pairs are already published." : undefined;
    case "questionnaire":
      if (facts.publishedPairs > 0) return "Pairs are already published: the questionnaire cannot reopen.";
      if (facts.activeMentees === 0 || facts.activeMentors === 0) {
        return "Enrol at least one mentee and one mentor before sending the questionnaire.";
      }
      return undefined;
    case "matching":
      return facts.matchableMentors === 0
        ? "No mentor can be matched yet: approve mentors and record their training first."
        : undefined;
    case "running":
      return facts.publishedPairs === 0 ? "Publish the pairs before starting the sessions." : undefined;
    default:
      return undefined;
  }
}

function draftProblem(wave: Wave): string | undefined {
  if (wave.name.trim() === "") return "Give the wave a name first.";
  if (!(wave.startDate < wave.endDate)) return "The wave must end after it starts.";
  if (wave.themes.length === 0) return "Add at least one theme to the catalogue.";
  return undefined;
}
