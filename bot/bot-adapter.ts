import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  MessageFactory,
  type TurnContext,
} from "botbuilder";

export interface BotAuthSettings {
  /** Empty only in local mode: authentication is then off (the Agents Playground sends no token). */
  readonly appId: string;
  readonly appType: "MultiTenant" | "SingleTenant" | "UserAssignedMSI";
  readonly appTenantId: string;
}

export interface TurnErrorLogger {
  error(details: Record<string, unknown>, message: string): void;
}

/**
 * The Bot Framework adapter. With an app id, every incoming activity must carry a valid Bot Connector
 * token (CloudAdapter answers 401 otherwise); the one turn-error handler logs and apologises.
 */
export function createBotAdapter(settings: BotAuthSettings, log: TurnErrorLogger): CloudAdapter {
  const botSettings = {
    MicrosoftAppId: settings.appId,
    MicrosoftAppType: settings.appId === "" ? "MultiTenant" : settings.appType,
    MicrosoftAppTenantId: settings.appTenantId,
  };
  const auth = new ConfigurationBotFrameworkAuthentication(
    botSettings,
    new ConfigurationServiceClientCredentialFactory(botSettings),
  );
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    log.error(
      { err: error, activityType: context.activity.type, conversationId: context.activity.conversation?.id },
      "bot turn failed",
    );
    if (context.activity.type === "message") {
      await context.sendActivity(
        MessageFactory.text("Sorry, something went wrong on my side. Please try again in a moment."),
      );
    }
  };
  return adapter;
}
