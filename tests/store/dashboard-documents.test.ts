import { dashboardSourceFrom } from "../../core/dashboard/dashboard-source";
import { waveDashboard } from "../../core/dashboard/wave-dashboard";
import type { Repositories } from "../../core/ports";
import { openCosmosStore } from "../../store/cosmos-store";
import { openDashboardSource, type CosmosDashboardSource } from "../../store/dashboard-documents";
import { startEmbeddedCosmos, type EmbeddedCosmos } from "../../store/embedded-cosmos";
import {
  aDashboardWave,
  DASHBOARD_NOW,
  PRIVATE_COMMENT,
  saveDashboardWave,
} from "../support/dashboard-factories";

let cosmos: EmbeddedCosmos;
let repos: Repositories;
let source: CosmosDashboardSource;
const fixture = aDashboardWave("wave-dash-store");
const other = aDashboardWave("wave-dash-other");

async function store(f: typeof fixture): Promise<void> {
  await saveDashboardWave(repos, f);
}

beforeAll(async () => {
  cosmos = await startEmbeddedCosmos();
  repos = await openCosmosStore(cosmos.client, "dashboard-documents-test");
  source = await openDashboardSource(cosmos.client, "dashboard-documents-test");
  await store(fixture);
  await store(other);
  await repos.notes.create({
    id: `notes:${fixture.sessions[0]?.id ?? ""}`,
    waveId: fixture.wave.id,
    pairId: fixture.pairs[0]?.id ?? "",
    sessionId: fixture.sessions[0]?.id ?? "",
    text: "NOTES-TEXT",
    actionItems: [],
    revision: 1,
    updatedAt: "2026-10-01T08:00:00.000Z",
    updatedBy: fixture.mentors[0]?.id ?? "",
  });
}, 60_000);
afterAll(async () => cosmos.stop());

describe("CosmosDashboardSource", () => {
  it("oneQuery_readsEveryDocumentTypeOfTheWaveOnly_andNothingElse", async () => {
    const loaded = await source.load(fixture.wave.id);
    expect(loaded.participants).toHaveLength(17);
    expect(loaded.responses).toHaveLength(16);
    expect(loaded.pairs).toHaveLength(7);
    expect(loaded.sessions).toHaveLength(fixture.sessions.length);
    expect(loaded.checkIns).toHaveLength(1);
    expect(loaded.assessments).toHaveLength(7);
    expect(JSON.stringify(loaded)).not.toContain("wave-dash-other");
    expect(JSON.stringify(loaded)).not.toContain("NOTES-TEXT");
  });

  it("commentsOfCheckInsAndAssessments_areLeftInTheStore", async () => {
    const loaded = await source.load(fixture.wave.id);
    expect(JSON.stringify(loaded)).not.toContain(PRIVATE_COMMENT);
    expect(loaded.assessments.every((a) => a.comment === undefined)).toBe(true);
  });

  it("theDashboardFromTheOneQuery_equalsTheDashboardFromTheRepositories", async () => {
    const one = waveDashboard({ wave: fixture.wave, ...(await source.load(fixture.wave.id)) }, DASHBOARD_NOW);
    const six = waveDashboard(
      { wave: fixture.wave, ...(await dashboardSourceFrom(repos).load(fixture.wave.id)) },
      DASHBOARD_NOW,
    );
    expect(one).toEqual(six);
    expect(one.funnel[2]?.people).toEqual({ suppressed: false, value: 14 });
  });
});
