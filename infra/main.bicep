// Tandem on Azure: one Linux web app (bot + tab + API), an Azure Bot with a user-assigned managed identity,
// Cosmos DB for NoSQL reached with that identity, Application Insights on Log Analytics, and a Key Vault.
// Deployed by teamsapp.yml (arm/deploy); every output is an environment variable the toolkit writes
// (upper-cased output name) and the manifest or teamsapp.yml reads.

@description('Prefix of every resource name: lower-case letters and digits, e.g. tandemdev.')
@minLength(3)
@maxLength(16)
param resourceBaseName string

@description('App Service plan SKU, Basic or above (always on): B1 for a pilot; P0v3 or above for production.')
param webAppSku string

@description('Serverless (pay per request, one region) or Provisioned (autoscale throughput) Cosmos DB.')
@allowed(['Serverless', 'Provisioned'])
param cosmosCapacityMode string

@description('Entra app (client) id of the tab SSO registration: the audience of Teams SSO tokens.')
param aadAppClientId string

@description('Tenant ids (comma-separated) whose users may sign in to the tab.')
param allowedTenantIds string

@description('Entra group whose members run the programme (HR). Empty if HR leads are listed by object id.')
param hrAdminGroupId string

@description('Entra object ids (comma-separated) of the HR programme leads. Empty if a group is used.')
param hrAdminObjectIds string

@description('The name Teams shows for the bot.')
param botDisplayName string

var location = resourceGroup().location
var suffix = uniqueString(resourceGroup().id)
var names = {
  identity: '${resourceBaseName}-id'
  workspace: '${resourceBaseName}-logs'
  insights: '${resourceBaseName}-insights'
  plan: '${resourceBaseName}-plan'
  webApp: '${resourceBaseName}-${suffix}'
  bot: '${resourceBaseName}-bot-${suffix}'
  cosmos: '${resourceBaseName}-cosmos-${suffix}'
  keyVault: take('kv${resourceBaseName}${suffix}', 24)
}
var cosmosDatabaseName = 'tandem'
// Built-in role "Key Vault Secrets User": read secret values, nothing else.
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: names.identity
  location: location
}

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: names.workspace
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: names.insights
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
  }
}

resource keyVault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: names.keyVault
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
  }
}

// The one remaining secret-like value: the web app reads it through a Key Vault reference.
resource insightsConnectionSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: 'applicationinsights-connection-string'
  properties: { value: insights.properties.ConnectionString }
}

resource identityReadsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(keyVault.id, identity.id, keyVaultSecretsUserRoleId)
  scope: keyVault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

module cosmos 'modules/cosmos.bicep' = {
  name: 'cosmos'
  params: {
    accountName: names.cosmos
    location: location
    databaseName: cosmosDatabaseName
    serverless: cosmosCapacityMode == 'Serverless'
    dataContributorPrincipalId: identity.properties.principalId
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: names.plan
  location: location
  kind: 'linux'
  sku: { name: webAppSku }
  properties: { reserved: true }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: names.webApp
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      appCommandLine: 'node dist/server/main.js'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      http20Enabled: true
      healthCheckPath: '/health'
    }
  }
}

// Set after the site exists, so the public URL is the host name Azure actually gave it. This resource is the
// whole set of app settings: one not listed here is removed.
resource webAppSettings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: webApp
  name: 'appsettings'
  properties: {
    // Read by server/config.ts (README "Configuration"); App Service sets PORT itself.
    TANDEM_MODE: 'production'
    TANDEM_PUBLIC_URL: 'https://${webApp.properties.defaultHostName}'
    TANDEM_SEED_DEMO: 'false'
    LOG_LEVEL: 'info'
    COSMOS_ENDPOINT: cosmos.outputs.endpoint
    COSMOS_DATABASE: cosmosDatabaseName
    MICROSOFT_APP_ID: identity.properties.clientId
    MICROSOFT_APP_TYPE: 'UserAssignedMSI'
    MICROSOFT_APP_TENANT_ID: identity.properties.tenantId
    AAD_APP_CLIENT_ID: aadAppClientId
    AAD_ALLOWED_TENANTS: allowedTenantIds
    HR_ADMIN_GROUP_ID: hrAdminGroupId
    HR_ADMIN_OBJECT_IDS: hrAdminObjectIds
    // Read by the platform: Application Insights' Node.js auto-instrumentation (no SDK in the app).
    APPLICATIONINSIGHTS_CONNECTION_STRING: '@Microsoft.KeyVault(SecretUri=${insightsConnectionSecret.properties.secretUri})'
    ApplicationInsightsAgent_EXTENSION_VERSION: '~3'
    // The deployed folder already holds the build and production node_modules.
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'false'
  }
  // The Key Vault reference resolves with the identity: give it the role first.
  dependsOn: [identityReadsSecrets]
}

resource ftpBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2023-12-01' = {
  parent: webApp
  name: 'ftp'
  properties: { allow: false }
}

// pino's JSON lines (stdout) and the HTTP log go to Log Analytics.
resource webAppLogs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: webApp
  properties: {
    workspaceId: workspace.id
    logs: [
      { category: 'AppServiceConsoleLogs', enabled: true }
      { category: 'AppServiceHTTPLogs', enabled: true }
      { category: 'AppServicePlatformLogs', enabled: true }
    ]
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: names.bot
  location: 'global'
  kind: 'azurebot'
  sku: { name: 'F0' }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppId: identity.properties.clientId
    msaAppType: 'UserAssignedMSI'
    msaAppMSIResourceId: identity.id
    msaAppTenantId: identity.properties.tenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: { isEnabled: true }
  }
}

// Upper-cased by the toolkit into environment variables of the same name.
output BOT_ID string = identity.properties.clientId
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output TAB_DOMAIN string = webApp.properties.defaultHostName
output TAB_ENDPOINT string = 'https://${webApp.properties.defaultHostName}'
