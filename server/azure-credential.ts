import { DefaultAzureCredential, ManagedIdentityCredential, type TokenCredential } from "@azure/identity";
import type { Config } from "./config";

/**
 * The Entra credential for Cosmos DB in production. With a user-assigned managed identity (infra/main.bicep)
 * the bot's app id is that identity's client id, and naming it is required: the web app may carry several
 * identities and DefaultAzureCredential would not know which one to use. Otherwise (a single-tenant bot with
 * its own registration) DefaultAzureCredential finds the system identity or a developer's Azure CLI login.
 */
export function cosmosCredential(bot: Pick<Config["bot"], "appId" | "appType">): TokenCredential {
  if (bot.appType === "UserAssignedMSI") return new ManagedIdentityCredential({ clientId: bot.appId });
  return new DefaultAzureCredential();
}
