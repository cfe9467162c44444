import { DEMO_TENANT_ID } from "../../server/config";
import { demoParticipants } from "../../server/demo-wave";

/** A participant of the demo wave by display name, with the object id the tests sign in with. */
export function demoPerson(name: string) {
  const found = demoParticipants(DEMO_TENANT_ID).find((p) => p.displayName === name);
  if (found?.aadObjectId === undefined) throw new Error(`${name} is not in the demo wave`);
  return { ...found, aadObjectId: found.aadObjectId };
}
