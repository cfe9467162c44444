import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  MessageFactory,
  type TurnContext,
} from "botbuilder";
// botbuilder 4.23.3's own connector (one copy installed): CloudAdapter answers 401 only to its AuthenticationError.
import { AuthenticationConstants, AuthenticationError, type Claim } from "botframework-connector";

export interface BotAuthSettings {
  /** Empty only in local mode: authentication is then off (the Agents Playground sends no token). */
  readonly appId: string;
  readonly appType: "MultiTenant" | "SingleTenant" | "UserAssignedMSI";
  readonly appTenantId: string;
}

/** The only issuer Teams' Bot Connector signs activities with (SECURITY-NOTES §1). */
export const BOT_FRAMEWORK_ISSUER = "https://api.botframework.com";

/**
 * Tests only: where the Bot Framework's OpenID metadata is read (a local stand-in serving its own JWKS).
 * Not reachable from the environment: override keys replace the validation values (SECURITY-NOTES §1).
 */
export interface BotAuthTestEndpoints {
  readonly openIdMetadataUrl: string;
}

export interface TurnErrorLogger {
  error(details: Record<string, unknown>, message: string): void;
}

/**
 * The Bot Framework adapter. With an app id, every incoming activity must carry a valid Bot Connector
 * token (CloudAdapter answers 401 otherwise); the one turn-error handler logs and apologises.
 */
export function createBotAdapter(
  settings: BotAuthSettings,
  log: TurnErrorLogger,
  testEndpoints?: BotAuthTestEndpoints,
): CloudAdapter {
  const botSettings = {
    MicrosoftAppId: settings.appId,
    MicrosoftAppType: settings.appId === "" ? "MultiTenant" : settings.appType,
    MicrosoftAppTenantId: settings.appTenantId,
    // Overriding one endpoint makes botbuilder expect them all: the public cloud's, but the metadata.
    ...(testEndpoints
      ? {
          ValidateAuthority: true,
          ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
          ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
          ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
          OAuthUrl: AuthenticationConstants.OAuthUrl,
          CallerId: "urn:botframework:azure",
          ToBotFromChannelOpenIdMetadataUrl: testEndpoints.openIdMetadataUrl,
          ToBotFromEmulatorOpenIdMetadataUrl: testEndpoints.openIdMetadataUrl,
        }
      : {}),
  };
  const auth = new ConfigurationBotFrameworkAuthentication(
    botSettings,
    new ConfigurationServiceClientCredentialFactory(botSettings),
    { requiredEndorsements: [], validateClaims: onlyBotFrameworkIssuer },
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

/**
 * Refuses every token not issued by the Bot Framework: botbuilder also accepts Entra tokens whose client is
 * the app id (its emulator and skill path), which anyone holding such a token could use to forge activities.
 */
async function onlyBotFrameworkIssuer(claims: Claim[]): Promise<void> {
  const issuer = claims.find((claim) => claim.type === "iss")?.value;
  if (issuer !== BOT_FRAMEWORK_ISSUER) {
    throw new AuthenticationError("Unauthorized. Only Bot Framework channel tokens are accepted.", 401);
  }
}
