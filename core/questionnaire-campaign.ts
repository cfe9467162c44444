import { TandemError } from "./errors";
import type { Participant } from "./participant";
import { transitionWave, type WaveFacts } from "./wave-lifecycle";
import type { QuestionnaireCampaign, Wave } from "./wave";

/** At most two reminders to people who have not answered (the seeds: "unanswered ones get a reminder"). */
export const MAX_REMINDERS = 2;
const DAY_MS = 24 * 60 * 60 * 1000;

export type CampaignMessageKind = "initial" | "reminder-1" | "reminder-2";

/** One questionnaire message the bot owes a participant. */
export interface CampaignMessage {
  readonly key: string;
  readonly participantId: string;
  readonly kind: CampaignMessageKind;
}

/** The deterministic key of a campaign message: a retry or a second server can never send it twice. */
export function campaignMessageKey(waveId: string, participantId: string, kind: CampaignMessageKind): string {
  return `questionnaire:${waveId}:${participantId}:${kind}`;
}

/**
 * HR launches the questionnaire: the wave moves to its questionnaire phase (from enrolling) with a
 * deadline and a reminder interval. Fails with VALIDATION for a bad deadline or interval, and with
 * INVALID_TRANSITION when the wave cannot take a campaign now.
 */
export function launchCampaign(
  wave: Wave,
  input: { readonly deadline: unknown; readonly reminderIntervalDays: unknown },
  facts: WaveFacts,
  now: Date,
): Wave {
  const deadline = typeof input.deadline === "string" ? Date.parse(input.deadline) : Number.NaN;
  const interval = input.reminderIntervalDays;
  const errors = [];
  if (Number.isNaN(deadline) || deadline < now.getTime() + 60 * 60 * 1000) {
    errors.push({ field: "deadline", message: "Set a deadline at least one hour from now." });
  }
  if (typeof interval !== "number" || !Number.isInteger(interval) || interval < 1 || interval > 14) {
    errors.push({ field: "reminderIntervalDays", message: "Remind every 1 to 14 days." });
  }
  if (errors.length > 0)
    throw new TandemError("VALIDATION", "The campaign settings need a correction.", errors);
  if (wave.campaign !== undefined)
    throw new TandemError("CONFLICT", "The questionnaire campaign of this wave was already launched.");
  const inQuestionnaire =
    wave.state === "questionnaire" ? wave : transitionWave(wave, "questionnaire", facts);
  const campaign: QuestionnaireCampaign = {
    launchedAt: now.toISOString(),
    deadline: new Date(deadline).toISOString(),
    reminderIntervalDays: interval as number,
    maxReminders: MAX_REMINDERS,
  };
  return { ...inQuestionnaire, campaign, questionnaireDeadline: campaign.deadline };
}

/**
 * The campaign messages due at `now`: the questionnaire for every active participant who can be reached
 * by identity, then reminder k (k = 1..maxReminders) from `k × interval` days after the launch to those who
 * have not answered (only the latest one due), never after the deadline. Pure: sending and de-duplication are the sender's job.
 */
export function dueCampaignMessages(
  wave: Wave,
  participants: readonly Participant[],
  answered: ReadonlySet<string>,
  now: Date,
): CampaignMessage[] {
  const campaign = wave.campaign;
  if (campaign === undefined || wave.state !== "questionnaire") return [];
  if (now.getTime() > Date.parse(campaign.deadline)) return [];
  const launched = Date.parse(campaign.launchedAt);
  const elapsedIntervals = Math.floor((now.getTime() - launched) / (campaign.reminderIntervalDays * DAY_MS));
  const reminders = Math.min(campaign.maxReminders, MAX_REMINDERS, Math.max(0, elapsedIntervals));
  const due: CampaignMessage[] = [];
  for (const p of participants) {
    if (p.status === "withdrawn" || p.aadObjectId === undefined) continue;
    due.push(message(wave.id, p.id, "initial"));
    if (answered.has(p.id)) continue;
    // Only the latest reminder due: after downtime, one reminder rather than two at once.
    if (reminders >= 1) due.push(message(wave.id, p.id, reminders === 1 ? "reminder-1" : "reminder-2"));
  }
  return due;
}

function message(waveId: string, participantId: string, kind: CampaignMessageKind): CampaignMessage {
  return { key: campaignMessageKey(waveId, participantId, kind), participantId, kind };
}

/** What HR sees of a campaign (the shape of the HR API's CampaignStatus). */
export interface CampaignStatusView {
  readonly state: "not-launched" | "running" | "closed";
  readonly launchedAt?: string;
  readonly deadline?: string;
  readonly reminderIntervalDays?: number;
  readonly enrolled: number;
  readonly sent: number;
  readonly answered: number;
  readonly responseRate: number;
  readonly remindersSent: number;
  readonly unreachable: ReadonlyArray<{
    readonly participantId: string;
    readonly displayName: string;
    readonly reason: "not-installed" | "blocked" | "no-identity";
    readonly whatToDo: string;
  }>;
}

/** What is known of one participant's reachability and of the messages sent to them. */
export interface CampaignDeliveryFacts {
  readonly hasConversation: boolean;
  /** Outcome recorded for each message kind sent (or tried), if any. */
  readonly outcomes: Partial<Record<CampaignMessageKind, "sent" | "blocked" | "not-installed" | "other">>;
}

const WHAT_TO_DO: Readonly<Record<CampaignStatusView["unreachable"][number]["reason"], string>> = {
  "no-identity":
    "Add their Entra object id in the participant list (or re-import the file with the object id column).",
  "not-installed":
    "Tandem is not installed for them: ask them to add Tandem from Apps in Teams, or have IT pre-install it with an app setup policy.",
  blocked:
    "They blocked or removed the Tandem bot: ask them to reopen the Tandem chat, then the questionnaire is sent again.",
};

/** The campaign's progress: response rate, messages sent, and who cannot be reached with what to do. */
export function campaignStatus(
  wave: Wave,
  participants: readonly Participant[],
  answered: ReadonlySet<string>,
  facts: (participant: Participant) => CampaignDeliveryFacts,
  now: Date,
): CampaignStatusView {
  const active = participants.filter((p) => p.status !== "withdrawn");
  const answeredCount = active.filter((p) => answered.has(p.id)).length;
  const base = {
    enrolled: active.length,
    answered: answeredCount,
    responseRate: active.length === 0 ? 0 : answeredCount / active.length,
  };
  const campaign = wave.campaign;
  if (campaign === undefined)
    return { state: "not-launched", sent: 0, remindersSent: 0, unreachable: [], ...base };
  let sent = 0;
  let remindersSent = 0;
  const unreachable: Array<CampaignStatusView["unreachable"][number]> = [];
  for (const p of active) {
    const f = facts(p);
    if (f.outcomes.initial === "sent") sent++;
    remindersSent += (["reminder-1", "reminder-2"] as const).filter((k) => f.outcomes[k] === "sent").length;
    const reason =
      p.aadObjectId === undefined
        ? "no-identity"
        : Object.values(f.outcomes).includes("blocked")
          ? "blocked"
          : !f.hasConversation || f.outcomes.initial === "not-installed"
            ? "not-installed"
            : undefined;
    if (reason !== undefined && !answered.has(p.id)) {
      unreachable.push({
        participantId: p.id,
        displayName: p.displayName,
        reason,
        whatToDo: WHAT_TO_DO[reason],
      });
    }
  }
  const closed = wave.state !== "questionnaire" || now.getTime() > Date.parse(campaign.deadline);
  return {
    state: closed ? "closed" : "running",
    launchedAt: campaign.launchedAt,
    deadline: campaign.deadline,
    reminderIntervalDays: campaign.reminderIntervalDays,
    sent,
    remindersSent,
    unreachable,
    ...base,
  };
}
