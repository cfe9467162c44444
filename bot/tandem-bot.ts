import {
  ActivityHandler,
  CardFactory,
  MessageFactory,
  TurnContext,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type InvokeResponse,
} from "botbuilder";
import { hasErrorCode, TandemError } from "../core/errors";
import { chooseLanguage, languageFromLocale, type Language } from "../core/language";
import type { Identity } from "../core/participant";
import type { Clock, UserDirectory } from "../core/ports";
import type { QuestionnaireService } from "../core/questionnaire-service";
import { cardActions, refusalCard, type CardActionHandler } from "./card-actions";
import type { FirstSessionActionDeps } from "./matching/first-session-action";
import type { AdaptiveCard } from "./cards/adaptive-card";
import { helpCard } from "./cards/help-card";
import type { HrChannelRegistration } from "./hr-channel/hr-channel-registration";
import { languageFor, notEnrolledCard, questionnaireFor, welcomeFor } from "./questionnaire-presenter";
import { textsFor } from "./texts/catalogue";
import { parseTextCommand, type TextCommand } from "./text-commands";
import { identityOf } from "./turn-identity";
import { timeZoneOf } from "./turn-time-zone";

export interface TandemBotDeps {
  readonly questionnaires: QuestionnaireService;
  readonly users: UserDirectory;
  readonly clock: Clock;
  /** The first-session verb of the pair introduction cards. */
  readonly firstSessions: FirstSessionActionDeps;
  /** The session verbs (check-in, action items), when the host wires them. */
  readonly sessionActions?: ReadonlyMap<string, CardActionHandler>;
  /** The end-of-wave assessment verbs, when the host wires them. */
  readonly assessmentActions?: ReadonlyMap<string, CardActionHandler>;
  /** Keeps the zone the Teams client reports (`localTimezone`) for a person without one, when wired. */
  readonly reportedTimeZone?: (identity: Identity, zone: string | undefined) => Promise<void>;
  /** Records the HR team's channel when an HR admin adds the bot to a team, when the host wires it. */
  readonly hrChannels?: HrChannelRegistration;
  /** Runs each turn in the host's per-turn scope (the memo of the person's user record), when wired. */
  readonly turnScope?: <T>(turn: () => Promise<T>) => Promise<T>;
}

const CARD_RESPONSE = "application/vnd.microsoft.card.adaptive";
const ERROR_RESPONSE = "application/vnd.microsoft.error";

/**
 * The Tandem bot: thin handlers that detect what the person wants, call a core service and answer with
 * a card. Every authenticated turn refreshes the person's conversation reference for proactive messages.
 */
export class TandemBot extends ActivityHandler {
  private readonly actions: ReadonlyMap<string, CardActionHandler>;
  private readonly commands: Readonly<
    Record<TextCommand, (context: TurnContext, identity: Identity | undefined) => Promise<void>>
  >;

  constructor(private readonly deps: TandemBotDeps) {
    super();
    this.actions = new Map([
      ...cardActions(deps.questionnaires, deps.firstSessions),
      ...(deps.sessionActions ?? []),
      ...(deps.assessmentActions ?? []),
    ]);
    this.commands = {
      greet: (context, identity) => this.greet(context, identity),
      help: async (context, identity) => {
        const language = await this.turnLanguage(context, identity);
        await context.sendActivity(cardMessage(helpCard({ language })));
      },
      questionnaire: (context, identity) => this.sendQuestionnaire(context, identity),
      unknown: async (context, identity) => {
        const language = await this.turnLanguage(context, identity);
        await context.sendActivity(textsFor(language).help.didNotUnderstand);
        await context.sendActivity(cardMessage(helpCard({ language })));
      },
    };

    this.onMessage(async (context, next) => {
      const identity = await this.remember(context);
      await this.commands[parseTextCommand(context.activity.text)](context, identity);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const added = context.activity.membersAdded ?? [];
      const userJoined = added.some((m) => m.id !== botId);
      const identity = await this.remember(context);
      // In a team, people joining are not greeted in the channel; the bot joining may make it HR's channel.
      if (!isPersonal(context)) {
        if (added.some((m) => m.id === botId)) await this.deps.hrChannels?.installed(context);
      } else if (userJoined) await this.greet(context, identity);
      await next();
    });
    this.onMembersRemoved(async (context, next) => {
      const botId = context.activity.recipient?.id;
      if ((context.activity.membersRemoved ?? []).some((m) => m.id === botId))
        await this.deps.hrChannels?.removed(context);
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.remember(context);
      if (!isPersonal(context)) await this.deps.hrChannels?.installed(context);
      await next();
    });
    this.onInstallationUpdateRemove(async (context, next) => {
      if (!isPersonal(context)) await this.deps.hrChannels?.removed(context);
      await next();
    });
  }

  /**
   * An Action.Execute whose value is not an object with an action object (a number, a string, `action: 5`)
   * is refused with 400 here: botbuilder would read `value.action.type` and fail with a server error.
   */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name === "adaptiveCard/action" && !isCardActionValue(context.activity.value)) {
      return { status: 400, body: badRequest("A card action needs a value with an action.") };
    }
    return super.onInvokeActivity(context);
  }

  override async run(context: TurnContext): Promise<void> {
    const scope = this.deps.turnScope;
    return scope === undefined ? super.run(context) : scope(() => super.run(context));
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const identity = await this.remember(context);
    const handler = this.actions.get(String(invokeValue?.action?.verb ?? ""));
    if (handler === undefined) return badRequest("Unknown card action.");
    const locale = context.activity.locale;
    if (identity === undefined) {
      return cardResponse(notEnrolledCard(context.activity.from?.name, chooseLanguage({ locale })));
    }
    try {
      return cardResponse(
        await handler(identity, invokeValue.action.data, locale, timeZoneOf(context.activity)),
      );
    } catch (error) {
      if (!(error instanceof TandemError)) throw error;
      const language = await this.turnLanguage(context, identity);
      return cardResponse(refusalCard(error, identity.name, language));
    }
  }

  private async greet(context: TurnContext, identity: Identity | undefined): Promise<void> {
    const enrolled = await this.openQuestionnaire(identity);
    const language = languageFor(enrolled, context.activity.locale);
    if (enrolled === undefined) {
      await context.sendActivity(cardMessage(notEnrolledCard(context.activity.from?.name, language)));
      return;
    }
    await context.sendActivity(cardMessage(welcomeFor(enrolled, language)));
  }

  private async sendQuestionnaire(context: TurnContext, identity: Identity | undefined): Promise<void> {
    const enrolled = await this.openQuestionnaire(identity);
    const language = languageFor(enrolled, context.activity.locale);
    const card =
      enrolled === undefined
        ? notEnrolledCard(context.activity.from?.name, language)
        : questionnaireFor(enrolled, language);
    await context.sendActivity(cardMessage(card));
  }

  /** The turn's language: the Teams locale when supported, else (looked up only then) the wave's and the person's. */
  private async turnLanguage(context: TurnContext, identity: Identity | undefined): Promise<Language> {
    const locale = context.activity.locale;
    return languageFromLocale(locale) ?? languageFor(await this.openQuestionnaire(identity), locale);
  }

  private async openQuestionnaire(identity: Identity | undefined) {
    if (identity === undefined) return undefined;
    try {
      return await this.deps.questionnaires.open(identity);
    } catch (error) {
      if (hasErrorCode(error, "NOT_ENROLLED")) return undefined;
      throw error;
    }
  }

  /** Keeps the person's latest conversation reference (from this authenticated activity) for proactive messages, and their reported zone. */
  private async remember(context: TurnContext): Promise<Identity | undefined> {
    const identity = identityOf(context.activity);
    if (identity === undefined) return undefined;
    // Only a personal chat's reference: a team channel's would post the person's own cards in the channel.
    if (!isPersonal(context)) return identity;
    // Without the activity id (a proactive message is not a reply): the stored reference then stays the
    // same from one turn to the next, and the directory writes only when it really changes.
    const { activityId: _thisActivity, ...reference } = TurnContext.getConversationReference(
      context.activity,
    );
    await this.deps.users.saveConversationReference(
      identity,
      JSON.parse(JSON.stringify(reference)),
      this.deps.clock.now(),
    );
    await this.deps.reportedTimeZone?.(identity, context.activity.localTimezone);
    return identity;
  }
}

/** A personal chat with the bot (Teams says "personal"; activities without a type are taken as one). */
function isPersonal(context: TurnContext): boolean {
  const type = context.activity.conversation?.conversationType;
  return type === undefined || type === "personal";
}

function cardMessage(card: AdaptiveCard) {
  return MessageFactory.attachment(CardFactory.adaptiveCard(card));
}

function cardResponse(card: AdaptiveCard): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: CARD_RESPONSE, value: card as unknown as Record<string, unknown> };
}

/** The shape botbuilder reads an Action.Execute from: an object whose `action` is an object. */
function isCardActionValue(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const action = (value as { action?: unknown }).action;
  return typeof action === "object" && action !== null;
}

/** The Universal Actions error answer for a card action Tandem cannot take (HTTP 400, as botbuilder's own). */
function badRequest(message: string): AdaptiveCardInvokeResponse {
  return { statusCode: 400, type: ERROR_RESPONSE, value: { code: "BadRequest", message } };
}
