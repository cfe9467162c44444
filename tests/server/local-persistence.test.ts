import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { questionnaireResponseId, type QuestionnaireResponse } from "../../core/questionnaire";
import { loadConfig } from "../../server/config";
import { DEMO_WAVE_ID } from "../../server/demo-wave";
import { startTandem } from "../../server/tandem-app";

const answers: QuestionnaireResponse = {
  id: questionnaireResponseId("demo-alex.wilber"),
  waveId: DEMO_WAVE_ID,
  participantId: "demo-alex.wilber",
  role: "mentee",
  answers: {
    kind: "mentee",
    needs: [{ themeId: "cloud", comfort: 2 }],
    goal: "Understand our cloud bill",
    preferredLanguage: "en",
  },
  submittedAt: "2026-11-23T10:00:00.000Z",
  updatedAt: "2026-11-23T10:00:00.000Z",
  revision: 1,
};

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "tandem-persistence-"));
});
afterEach(async () => rm(dataDir, { recursive: true, force: true }));

const start = (reset = false) =>
  startTandem(loadConfig({ PORT: "0", HOST: "127.0.0.1", TANDEM_DATA_DIR: dataDir }), {
    log: pino({ level: "silent" }),
    reset,
    tabDirectory: join(__dirname, "..", "..", "dist", "public", "tab"),
  });

describe("embedded mode keeps local data across restarts", () => {
  it("answersSavedBeforeAStop_areThereAfterTheRestart_andTheDemoIsNotReseeded", async () => {
    const first = await start();
    await first.repos.responses.create(answers);
    const waveBefore = await first.repos.waves.get(DEMO_WAVE_ID);
    await first.stop();

    const second = await start();
    try {
      expect((await second.repos.responses.get(DEMO_WAVE_ID, "demo-alex.wilber"))?.value).toEqual(answers);
      expect(await second.repos.waves.get(DEMO_WAVE_ID)).toEqual(waveBefore);
      expect(await second.repos.participants.listByWave(DEMO_WAVE_ID)).toHaveLength(24);
    } finally {
      await second.stop();
    }
  });

  it("reset_startsFromTheDemoData_andKeepsThePreviousDataAsABackup", async () => {
    const first = await start();
    await first.repos.responses.create(answers);
    await first.stop();

    const reset = await start(true);
    try {
      expect(await reset.repos.responses.get(DEMO_WAVE_ID, "demo-alex.wilber")).toBeUndefined();
      expect(await reset.repos.participants.listByWave(DEMO_WAVE_ID)).toHaveLength(24);
      expect((await readdir(dataDir)).filter((f) => f.endsWith(".bak"))).toHaveLength(1);
    } finally {
      await reset.stop();
    }
  });
});
