/**
 * "My mentoring" once the programme is over: a participant whose only wave HR has closed sees that wave,
 * closed, with their answers (read-only), instead of "not enrolled"; someone who never took part still
 * sees nothing.
 */
import type { MyMentoringView } from "../../core/my-mentoring";
import { DEMO_WAVE_ID } from "../../server/demo-wave";
import { devTokenFrom } from "../support/api-client";
import { startTestTandem, type TestTandem } from "../support/tandem-test-server";

let tandem: TestTandem;
beforeAll(async () => {
  tandem = await startTestTandem();
  const wave = await tandem.repos.waves.getVersioned(DEMO_WAVE_ID);
  await tandem.repos.waves.replace({ ...wave!.value, state: "closed" }, wave!.etag);
});
afterAll(async () => tandem?.stop());

async function myMentoring(userId: string): Promise<MyMentoringView> {
  const response = await fetch(`${tandem.url}/api/me`, {
    headers: { authorization: `Bearer ${await devTokenFrom(tandem.url, userId)}` },
  });
  expect(response.status).toBe(200);
  return (await response.json()) as MyMentoringView;
}

describe("My mentoring after the wave closed", () => {
  it("aParticipantWhoAnswered_seesTheClosedWave_withTheirAnswers_readOnly", async () => {
    const view = await myMentoring("demo-cedric.perrin");
    expect(view.enrolment).toMatchObject({
      role: "mentee",
      wave: { id: DEMO_WAVE_ID, state: "closed", questionnaireOpen: false },
      questionnaire: { status: "submitted" },
    });
    expect(view.enrolment?.questionnaire.mentee?.needs.map((n) => n.rank)).toEqual([1, 2, 3]);
  });

  it("theHrLead_whoTookNoPart_stillSeesNoEnrolment", async () => {
    expect((await myMentoring("demo-hr-lead")).enrolment).toBeNull();
  });

  it("theFinalAssessment_theViewOpensForAClosedWave_saysItIsClosed", async () => {
    const response = await fetch(`${tandem.url}/api/me/final-assessment`, {
      headers: { authorization: `Bearer ${await devTokenFrom(tandem.url, "demo-alex.wilber")}` },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "closed" });
  });
});
