// Cosmos DB for NoSQL: the account (Entra ID only, keys disabled), Tandem's database and containers with the
// partition keys of store/containers.ts (tests/infra checks they match), and the data-contributor role for
// the app's managed identity on that database only.

param accountName string
param location string
param databaseName string

@description('Serverless capacity (pay per request); false: provisioned autoscale throughput on the database.')
param serverless bool

@description('Principal id of the managed identity the web app uses for Cosmos DB.')
param dataContributorPrincipalId string

// Same ids and partition keys as CONTAINERS in store/containers.ts.
var containers = [
  { id: 'waves', partitionKey: '/waveId' }
  { id: 'users', partitionKey: '/id' }
  { id: 'deliveries', partitionKey: '/id' }
]
// Built-in "Cosmos DB Built-in Data Contributor": read and write items, no account management.
var dataContributorRoleId = '00000000-0000-0000-0000-000000000002'

resource account 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' = {
  name: accountName
  location: location
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    locations: [{ locationName: location, failoverPriority: 0, isZoneRedundant: false }]
    consistencyPolicy: { defaultConsistencyLevel: 'Session' }
    capabilities: serverless ? [{ name: 'EnableServerless' }] : []
    disableLocalAuth: true
    disableKeyBasedMetadataWriteAccess: true
    minimalTlsVersion: 'Tls12'
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-05-15' = {
  parent: account
  name: databaseName
  properties: {
    resource: { id: databaseName }
    options: serverless ? {} : { autoscaleSettings: { maxThroughput: 1000 } }
  }
}

resource container 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-05-15' = [
  for c in containers: {
    parent: database
    name: c.id
    properties: {
      resource: {
        id: c.id
        partitionKey: { paths: [c.partitionKey], kind: 'Hash', version: 2 }
      }
    }
  }
]

resource dataContributor 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-05-15' = {
  parent: account
  name: guid(account.id, databaseName, dataContributorPrincipalId, dataContributorRoleId)
  properties: {
    roleDefinitionId: '${account.id}/sqlRoleDefinitions/${dataContributorRoleId}'
    principalId: dataContributorPrincipalId
    scope: '${account.id}/dbs/${databaseName}'
  }
  dependsOn: [database]
}

output endpoint string = account.properties.documentEndpoint
