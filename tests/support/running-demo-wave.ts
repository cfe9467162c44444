import type { Repositories } from "../../core/ports";
import type { Wave } from "../../core/wave";
import { DEMO_WAVE_ID } from "../../server/demo-wave";

/**
 * Moves the seeded demo wave to "running", from 15 January to 15 July 2027 in Paris time, as the
 * over-HTTP runner tests (reminders, HR channel) need it: under its ETag, like any other wave change.
 * Answers the wave as stored.
 */
export async function runDemoWave(repos: Pick<Repositories, "waves">): Promise<Wave> {
  const wave = await repos.waves.getVersioned(DEMO_WAVE_ID);
  if (wave === undefined) throw new Error("the demo wave is not seeded");
  const running: Wave = {
    ...wave.value,
    state: "running",
    startDate: "2027-01-15",
    endDate: "2027-07-15",
    timeZone: "Europe/Paris",
  };
  await repos.waves.replace(running, wave.etag);
  return running;
}
