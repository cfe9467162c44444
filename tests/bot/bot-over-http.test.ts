import { questionnaireResponseId } from "../../core/questionnaire";
import { DEMO_TENANT_ID } from "../../server/config";
import { DEMO_WAVE_ID } from "../../server/demo-wave";
import { cardText, executeActions, inputIds } from "../support/card-queries";
import { CaptureConnector } from "../support/capture-connector";
import { demoPerson } from "../support/demo-people";
import { postActivity, teamsActivities } from "../support/teams-activities";
import { startTestTandem, type TestTandem } from "../support/tandem-test-server";

const person = demoPerson;
const alex = person("Alex Wilber");
const megan = person("Megan Bowen");
const isabelle = person("Isabelle Marchand");

let tandem: TestTandem;
let connector: CaptureConnector;

beforeAll(async () => {
  [tandem, connector] = await Promise.all([startTestTandem(), CaptureConnector.start()]);
});
afterAll(async () => {
  await Promise.all([tandem?.stop(), connector?.stop()]);
});
beforeEach(() => connector.take());

const chat = (person: { aadObjectId: string; displayName: string }) =>
  teamsActivities(connector.url, { aadObjectId: person.aadObjectId, name: person.displayName });

/** Sends a message and returns the cards the bot replied with. */
async function say(person: { aadObjectId: string; displayName: string }, text: string) {
  const { status } = await postActivity(tandem.url, chat(person).message(text));
  expect(status).toBe(200);
  return connector.take().map((c) => c.activity);
}

function onlyCard(activities: Array<{ attachments?: Array<{ content: Record<string, unknown> }> }>) {
  const cards = activities.flatMap((a) => a.attachments ?? []).map((a) => a.content);
  expect(cards).toHaveLength(1);
  return cards[0]!;
}

/** Clicks an Action.Execute button and returns the card that replaces the clicked one. */
async function execute(person: { aadObjectId: string; displayName: string }, verb: string, data: unknown) {
  const { status, body } = await postActivity(tandem.url, chat(person).execute(verb, data));
  expect(status).toBe(200);
  expect(body).toMatchObject({ statusCode: 200, type: "application/vnd.microsoft.card.adaptive" });
  return body!["value"] as Record<string, unknown>;
}

const menteeAnswers = (overrides: Record<string, string> = {}) => ({
  participantId: alex.id,
  kind: "mentee",
  need1: "social-networks",
  comfort1: "2",
  need2: "artificial-intelligence",
  comfort2: "1",
  need3: "",
  comfort3: "",
  goal: "Post about our projects on LinkedIn every month",
  preferredLanguage: "en",
  ...overrides,
});

const storedResponse = () => tandem.repos.responses.get(DEMO_WAVE_ID, alex.id);

describe("the bot over HTTP, replies captured at a local serviceUrl", () => {
  it("hi_fromEnrolledMentee_greetsByNameAndRole_andStoresTheConversationReference", async () => {
    const card = onlyCard(await say(alex, "hi"));
    expect(cardText(card)).toMatch(/Hi Alex/);
    expect(cardText(card)).toMatch(/mentee/);
    expect(cardText(card)).toContain("Digital Tandem — Autumn 2026");
    expect(executeActions(card).map((a) => a.verb)).toEqual(["questionnaire.open"]);
    const user = await tandem.repos.users.get({ tenantId: DEMO_TENANT_ID, aadObjectId: alex.aadObjectId });
    expect(user?.conversationReference).toMatchObject({
      serviceUrl: connector.url,
      conversation: { id: `a:personal-${alex.aadObjectId}` },
    });
  });

  it("secondMessage_sameChat_leavesTheStoredReferenceAsItWas", async () => {
    const who = { tenantId: DEMO_TENANT_ID, aadObjectId: alex.aadObjectId };
    await say(alex, "hi");
    const first = await tandem.repos.users.get(who);
    await say(alex, "help");
    const second = await tandem.repos.users.get(who);
    // No activity id in it (a proactive message replies to nothing), so the next turn has nothing to write.
    expect(first?.conversationReference).not.toHaveProperty("activityId");
    expect(second?.updatedAt).toBe(first?.updatedAt);
    expect(second?.conversationReference).toEqual(first?.conversationReference);
  });

  it("install_conversationUpdate_storesTheReference_andWelcomesTheMentor", async () => {
    const { status } = await postActivity(tandem.url, chat(megan).installed());
    expect(status).toBe(200);
    const card = onlyCard(connector.take().map((c) => c.activity));
    expect(cardText(card)).toMatch(/Hi Megan/);
    expect(cardText(card)).toMatch(/mentor/);
    const user = await tandem.repos.users.get({ tenantId: DEMO_TENANT_ID, aadObjectId: megan.aadObjectId });
    expect(user?.conversationReference).toMatchObject({ serviceUrl: connector.url });
  });

  it("help_listsWhatTheBotCanDo", async () => {
    const text = cardText(onlyCard(await say(alex, "help")));
    expect(text).toMatch(/questionnaire/i);
    expect(text).toMatch(/hi/i);
  });

  it("questionnaire_toMentee_sendsTheNeedsQuestionnaire", async () => {
    const card = onlyCard(await say(isabelle, "questionnaire"));
    expect(card).toMatchObject({ type: "AdaptiveCard", version: "1.5" });
    expect(inputIds(card)).toEqual(
      expect.arrayContaining(["need1", "comfort1", "need2", "need3", "goal", "preferredLanguage"]),
    );
    expect(executeActions(card)).toEqual([
      expect.objectContaining({
        verb: "questionnaire.submit",
        data: { participantId: isabelle.id, kind: "mentee" },
      }),
    ]);
  });

  it("questionnaire_toMentor_sendsTheSkillsQuestionnaire", async () => {
    const card = onlyCard(await say(megan, "questionnaire"));
    expect(inputIds(card)).toEqual(
      expect.arrayContaining(["skill1", "level1", "motivation", "languages", "capacity"]),
    );
    expect(inputIds(card)).not.toContain("need1");
  });

  it("welcomeButton_opensTheQuestionnaire_inPlace", async () => {
    const card = await execute(isabelle, "questionnaire.open", { participantId: isabelle.id });
    expect(inputIds(card)).toContain("need1");
  });

  it.each([
    ["nothing chosen", { need1: "", comfort1: "", need2: "", comfort2: "" }, /at least one need/i],
    ["the same theme twice", { need2: "social-networks" }, /twice/i],
    ["a goal over the length limit", { goal: "x".repeat(501) }, /500 characters/],
    ["an unknown theme id", { need1: "metaverse" }, /not a theme of this wave/i],
  ])("submit_with_%s_isRefusedOnTheCard_andNothingSaved", async (_situation, overrides, message) => {
    const card = await execute(alex, "questionnaire.submit", menteeAnswers(overrides));
    expect(cardText(card)).toMatch(/not saved/i);
    expect(cardText(card)).toMatch(message);
    expect(inputIds(card)).toContain("need1");
    expect(await storedResponse()).toBeUndefined();
  });

  it("submit_dataForAnotherUser_isRefused_andNothingSaved", async () => {
    const card = await execute(alex, "questionnaire.submit", menteeAnswers({ participantId: isabelle.id }));
    expect(cardText(card)).toMatch(/someone else/i);
    expect(await tandem.repos.responses.get(DEMO_WAVE_ID, isabelle.id)).toBeUndefined();
    expect(await storedResponse()).toBeUndefined();
  });

  it("submit_valid_savesAndReplacesTheCardWithASummaryAndEdit_thenTwiceSavesOnce", async () => {
    const card = await execute(alex, "questionnaire.submit", menteeAnswers());
    expect(cardText(card)).toMatch(/saved/i);
    expect(cardText(card)).toContain("Social networks");
    expect(cardText(card)).toContain("Post about our projects on LinkedIn every month");
    expect(executeActions(card).map((a) => a.verb)).toEqual(["questionnaire.edit"]);
    const first = await storedResponse();
    expect(first?.value).toMatchObject({ id: questionnaireResponseId(alex.id), revision: 1 });

    const again = await execute(alex, "questionnaire.submit", menteeAnswers());
    expect(cardText(again)).toMatch(/already saved/i);
    const second = await storedResponse();
    expect(second?.etag).toBe(first?.etag);
    expect(second?.value.revision).toBe(1);
  });

  it("edit_returnsTheQuestionnairePrefilledWithTheSavedAnswers", async () => {
    const card = await execute(alex, "questionnaire.edit", { participantId: alex.id });
    expect(JSON.stringify(card)).toContain('"value":"social-networks"');
    expect(inputIds(card)).toContain("goal");
  });

  it("questionnaire_afterAnswering_showsTheSavedAnswers", async () => {
    const card = onlyCard(await say(alex, "questionnaire"));
    expect(cardText(card)).toContain("Post about our projects on LinkedIn every month");
  });

  it("unknownUser_getsAPoliteExplanation", async () => {
    const stranger = { aadObjectId: "99999999-0000-0000-0000-000000000000", displayName: "Pat Stranger" };
    expect(cardText(onlyCard(await say(stranger, "questionnaire")))).toMatch(/not enrolled/i);
    const card = await execute(stranger, "questionnaire.submit", menteeAnswers({ participantId: alex.id }));
    expect(cardText(card)).toMatch(/not enrolled/i);
  });

  it("unknownText_answersWithHelp", async () => {
    const activities = await say(alex, "what is the weather");
    expect(activities.map((a) => a.text ?? "").join(" ")).toMatch(/didn't get that/i);
  });

  it("unknownVerb_isA400_andChangesNothing", async () => {
    const { status, body } = await postActivity(tandem.url, chat(alex).execute("wave.delete", {}));
    expect(status).toBe(400);
    expect(body).toMatchObject({ statusCode: 400, type: "application/vnd.microsoft.error" });
  });

  it.each([[-5e-324], ["execute"], [true], [{ action: null }], [{ action: 5 }], [[]]])(
    "cardActionWithValue_%j_isA400_notAServerError",
    async (value) => {
      const activity = { ...chat(alex).execute("questionnaire.submit", {}), value };
      const { status, body } = await postActivity(tandem.url, activity);
      expect(status).toBe(400);
      expect(body).toMatchObject({ statusCode: 400, type: "application/vnd.microsoft.error" });
    },
  );

  it("activityWithAServiceUrlOffTheAllowList_isRefused_andNothingIsSent", async () => {
    const activity = { ...chat(alex).message("hi"), serviceUrl: "https://evil.example.com/" };
    const { status } = await postActivity(tandem.url, activity);
    expect(status).toBe(403);
    expect(connector.take()).toEqual([]);
  });
});
