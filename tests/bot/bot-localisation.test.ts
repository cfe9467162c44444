/** The bot speaks the reader's Teams locale (fr/en/nl), else the wave's default language. */
import { DEMO_WAVE_ID } from "../../server/demo-wave";
import { cardText, executeActions, inputIds } from "../support/card-queries";
import { CaptureConnector } from "../support/capture-connector";
import { demoPerson } from "../support/demo-people";
import { postActivity, teamsActivities } from "../support/teams-activities";
import { startTestTandem, type TestTandem } from "../support/tandem-test-server";

const person = demoPerson;
const alex = person("Alex Wilber");
const megan = person("Megan Bowen");

let tandem: TestTandem;
let connector: CaptureConnector;

beforeAll(async () => {
  [tandem, connector] = await Promise.all([startTestTandem(), CaptureConnector.start()]);
});
afterAll(async () => {
  await Promise.all([tandem?.stop(), connector?.stop()]);
});
beforeEach(() => connector.take());

type Person = { aadObjectId: string; displayName: string };
const chat = (who: Person) =>
  teamsActivities(connector.url, { aadObjectId: who.aadObjectId, name: who.displayName });

/** Sends a message from a Teams client in `locale` and returns the texts and cards of the replies. */
async function say(who: Person, text: string, locale: string) {
  const { status } = await postActivity(tandem.url, { ...chat(who).message(text), locale });
  expect(status).toBe(200);
  const activities = connector.take().map((c) => c.activity);
  const cards = activities.flatMap((a) => a.attachments ?? []).map((a) => a.content);
  return { texts: activities.map((a) => a.text ?? "").join(" "), cards };
}

async function onlyCard(who: Person, text: string, locale: string) {
  const { cards } = await say(who, text, locale);
  expect(cards).toHaveLength(1);
  return cards[0]!;
}

async function execute(who: Person, verb: string, data: unknown, locale: string) {
  const { status, body } = await postActivity(tandem.url, { ...chat(who).execute(verb, data), locale });
  expect(status).toBe(200);
  return body!["value"] as Record<string, unknown>;
}

describe("the bot in the reader's language", () => {
  it("hi_fromFrFR_welcomesInFrench_andTheQuestionnaireIsFrench", async () => {
    const welcome = await onlyCard(alex, "hi", "fr-FR");
    expect(cardText(welcome)).toMatch(/Bonjour Alex/);
    expect(cardText(welcome)).toContain("Vous participez à");
    expect(executeActions(welcome).map((a) => a.title)).toEqual(["Répondre au questionnaire"]);

    const questionnaire = await onlyCard(alex, "questionnaire", "fr-FR");
    expect(inputIds(questionnaire)).toContain("need1");
    expect(cardText(questionnaire)).toContain("Votre questionnaire de besoins");
    expect(cardText(questionnaire)).toContain("Réseaux sociaux");
    expect(executeActions(questionnaire).map((a) => a.title)).toEqual(["Envoyer mes réponses"]);
  });

  it("submit_refusedFromFrFR_explainsTheErrorsInFrench", async () => {
    const card = await execute(
      alex,
      "questionnaire.submit",
      {
        participantId: alex.id,
        kind: "mentee",
        need1: "cloud",
        comfort1: "2",
        need2: "cloud",
        comfort2: "1",
        goal: "",
        preferredLanguage: "fr",
      },
      "fr-FR",
    );
    expect(cardText(card)).toContain("Vos réponses n'ont pas été enregistrées");
    expect(cardText(card)).toMatch(/deux fois \(lignes 1 et 2\)/);
    expect(cardText(card)).toContain("Rédigez votre objectif");
    expect(cardText(card)).not.toMatch(/twice|Write your goal/);
  });

  it("hi_fromNlBE_welcomesInDutch_andTheQuestionnaireIsDutch", async () => {
    const welcome = await onlyCard(megan, "hallo", "nl-BE");
    expect(cardText(welcome)).toMatch(/Hallo Megan/);
    expect(cardText(welcome)).toContain("U neemt deel aan");

    const questionnaire = await onlyCard(megan, "vragenlijst", "nl-BE");
    expect(inputIds(questionnaire)).toContain("skill1");
    expect(cardText(questionnaire)).toContain("Uw vragenlijst over vaardigheden");
    expect(cardText(questionnaire)).toContain("Sociale netwerken");
  });

  it("unknownText_fromNlBE_apologisesInDutch", async () => {
    const { texts } = await say(megan, "wat is het weer", "nl-BE");
    expect(texts).toContain("Sorry, dat begreep ik niet");
  });

  it("enUS_staysEnglish", async () => {
    expect(cardText(await onlyCard(alex, "hi", "en-US"))).toMatch(/Hi Alex/);
  });

  it("unsupportedLocale_deDE_fallsBackToTheWavesDefaultLanguage", async () => {
    const wave = await tandem.repos.waves.get(DEMO_WAVE_ID);
    await tandem.repos.waves.save({ ...wave!, defaultLanguage: "nl" });
    expect(cardText(await onlyCard(alex, "hi", "de-DE"))).toMatch(/Hallo Alex/);
    expect(cardText(await onlyCard(alex, "questionnaire", "de-DE"))).toContain(
      "Uw vragenlijst over behoeften",
    );

    await tandem.repos.waves.save({ ...wave!, defaultLanguage: "fr" });
    expect(cardText(await onlyCard(alex, "hi", "de-DE"))).toMatch(/Bonjour Alex/);
  });

  it("notEnrolled_fromFrFR_isToldInFrench", async () => {
    const stranger = { aadObjectId: "99999999-0000-0000-0000-000000000000", displayName: "Pat Stranger" };
    expect(cardText(await onlyCard(stranger, "hi", "fr-FR"))).toContain("Vous n'êtes inscrit à aucune vague");
  });
});
