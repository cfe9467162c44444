/**
 * A participant's time zone, set by HR (the participants API and the dialog's draft) or reported by the Teams
 * client (the bot, over HTTP): only IANA zones are kept, HR's choice is never overwritten, "" clears it.
 */
import { DEMO_TENANT_ID } from "../../server/config";
import { DEMO_WAVE_ID } from "../../server/demo-wave";
import type { ParticipantRow } from "../../tab/api/hr-api-contract";
import {
  checkParticipant,
  draftFromParticipant,
  participantChanges,
} from "../../tab/app/hr/enrolment/participant-draft";
import { tabTexts } from "../../tab/app/texts/catalogue";
import { TIME_ZONE_TEXTS } from "../../tab/app/texts/time-zone-texts";
import { apiCall, devTokenFrom } from "../support/api-client";
import { CaptureConnector } from "../support/capture-connector";
import { postActivity, teamsActivities } from "../support/teams-activities";
import { startTestTandem, type TestTandem } from "../support/tandem-test-server";

let tandem: TestTandem;
let connector: CaptureConnector;
let hrToken: string;

beforeAll(async () => {
  [tandem, connector] = await Promise.all([startTestTandem(), CaptureConnector.start()]);
  hrToken = await devTokenFrom(tandem.url, "demo-hr-lead");
});
afterAll(async () => Promise.all([tandem?.stop(), connector?.stop()]));

const person = (id: string) => `/api/hr/waves/${DEMO_WAVE_ID}/participants/${id}`;
const stored = async (id: string) => (await tandem.repos.participants.get(DEMO_WAVE_ID, id))?.timeZone;

async function sayHi(participantId: string, localTimezone: string | undefined): Promise<void> {
  const p = await tandem.repos.participants.get(DEMO_WAVE_ID, participantId);
  const chat = teamsActivities(connector.url, { aadObjectId: p!.aadObjectId!, name: p!.displayName });
  const activity = { ...chat.message("hi"), ...(localTimezone ? { localTimezone } : {}) };
  expect((await postActivity(tandem.url, activity)).status).toBe(200);
}

describe("HR sets a participant's time zone", () => {
  it("anIanaZone_isSaved_andShownInTheParticipantsRow", async () => {
    const edited = await apiCall<ParticipantRow>(tandem.url, "PATCH", person("demo-jan.peeters"), hrToken, {
      timeZone: "America/Montreal",
    });
    expect(edited.status).toBe(200);
    expect(edited.body.timeZone).toBe("America/Montreal");
    expect(await stored("demo-jan.peeters")).toBe("America/Montreal");
  });

  it.each(["UTC+1", "CET", "Europe/Atlantis", "x".repeat(70)])(
    "aZoneLike_%s_isRefused_withAFieldError_andNothingChanges",
    async (zone) => {
      const refused = await apiCall<{ code: string; fieldErrors?: Array<{ field: string }> }>(
        tandem.url,
        "PATCH",
        person("demo-jan.peeters"),
        hrToken,
        { timeZone: zone },
      );
      expect(refused.status).toBe(400);
      expect(refused.body.code).toBe("VALIDATION");
      expect(refused.raw).toContain('"timeZone"');
      expect(await stored("demo-jan.peeters")).toBe("America/Montreal");
    },
  );

  it("anEmptyZone_clearsIt", async () => {
    const cleared = await apiCall<ParticipantRow>(tandem.url, "PATCH", person("demo-jan.peeters"), hrToken, {
      timeZone: "",
    });
    expect(cleared.status).toBe(200);
    expect(cleared.body).not.toHaveProperty("timeZone");
    expect(await stored("demo-jan.peeters")).toBeUndefined();
  });

  it("aParticipant_cannotSetAZone_throughTheHrRoute", async () => {
    const token = await devTokenFrom(tandem.url, "demo-alex.wilber");
    const refused = await apiCall(tandem.url, "PATCH", person("demo-alex.wilber"), token, {
      timeZone: "Asia/Tokyo",
    });
    expect(refused.status).toBe(403);
    expect(await stored("demo-alex.wilber")).toBeUndefined();
  });

  it("theDialogsDraft_sendsAChangedZone_andFlagsAnUnknownOneInTheReadersLanguage", () => {
    const row = { id: "p", status: "active", questionnaire: "submitted", reachable: "yes" } as const;
    const before: ParticipantRow = {
      ...row,
      email: "a@contoso.example",
      displayName: "A",
      role: "mentee",
      department: "",
      site: "",
      languages: ["fr"],
    };
    const draft = { ...draftFromParticipant(before), timeZone: " Europe/Brussels " };
    expect(participantChanges(before, draft)).toEqual({ timeZone: "Europe/Brussels" });
    expect(participantChanges({ ...before, timeZone: "Europe/Paris" }, draftFromParticipant(before))).toEqual(
      {
        timeZone: "",
      },
    );
    const bogus = { ...draft, timeZone: "Paris" };
    expect(checkParticipant(bogus, tabTexts("nl").hr.participantDialog, TIME_ZONE_TEXTS.nl)).toEqual([
      { field: "timeZone", message: TIME_ZONE_TEXTS.nl.invalid },
    ]);
    expect(checkParticipant(draft, tabTexts("nl").hr.participantDialog, TIME_ZONE_TEXTS.nl)).toEqual([]);
  });
});

describe("the bot records the zone Teams reports", () => {
  it("forSomeoneWithoutAZone_theReportedOneIsKept", async () => {
    expect(await stored("demo-emma.janssens")).toBeUndefined();
    await sayHi("demo-emma.janssens", "Europe/Brussels");
    expect(await stored("demo-emma.janssens")).toBe("Europe/Brussels");
  });

  it("aZoneHrSet_isNeverOverwritten_byTheClient", async () => {
    await tandem.repos.participants.save({
      ...(await tandem.repos.participants.get(DEMO_WAVE_ID, "demo-tom.verbeke"))!,
      timeZone: "Asia/Tokyo",
    });
    await sayHi("demo-tom.verbeke", "Europe/Brussels");
    expect(await stored("demo-tom.verbeke")).toBe("Asia/Tokyo");
  });

  it("whileHrEditsThePersonAtTheSameTime_bothChangesAreKept", async () => {
    const id = "demo-sophie.laurent";
    expect(await stored(id)).toBeUndefined();
    // Several rounds, each a Teams turn and an HR edit of another field in flight together. The zone is
    // cleared before each round, so that every turn does write it.
    for (const site of ["Lyon", "Ghent", "Brussels"]) {
      const { timeZone: _previous, ...withoutZone } = (await tandem.repos.participants.get(
        DEMO_WAVE_ID,
        id,
      ))!;
      await tandem.repos.participants.save(withoutZone);
      const [edited] = await Promise.all([
        apiCall<ParticipantRow>(tandem.url, "PATCH", person(id), hrToken, { site }),
        sayHi(id, "Europe/Paris"),
      ]);
      expect(edited.status).toBe(200);
      const now = await tandem.repos.participants.get(DEMO_WAVE_ID, id);
      expect(now?.site).toBe(site);
      expect(now?.timeZone).toBe("Europe/Paris");
    }
  });

  it("noZone_orOneThatIsNotIana_recordsNothing", async () => {
    await sayHi("demo-hugo.bernard", undefined);
    await sayHi("demo-hugo.bernard", "GMT+01:00");
    expect(await stored("demo-hugo.bernard")).toBeUndefined();
    const user = await tandem.repos.users.get({
      tenantId: DEMO_TENANT_ID,
      aadObjectId: (await tandem.repos.participants.get(DEMO_WAVE_ID, "demo-hugo.bernard"))!.aadObjectId!,
    });
    expect(user?.conversationReference).toBeDefined(); // the turn itself was handled
  });
});
