/**
 * The embedded Cosmos emulator (store/embedded-cosmos.ts) in a process of its own, for the load benchmark:
 * the server under test then reaches its database over the network, as it reaches Azure Cosmos DB in
 * production, and the emulator's CPU is counted apart from the server's. Prints its endpoint.
 */
import { startEmbeddedCosmos } from "../store/embedded-cosmos";

void startEmbeddedCosmos().then((cosmos) => {
  console.log(`listening ${cosmos.endpoint} key ${cosmos.key}`);
});
