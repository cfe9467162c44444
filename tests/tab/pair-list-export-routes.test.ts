/**
 * HR's pair-list CSV export over HTTP against the real server (embedded Cosmos, demo wave running, fixed
 * clock): the download opens cleanly in Excel (BOM, CRLF, chosen separator), awkward names survive the
 * quoting, nothing of the notes or check-in comments is in it, and only HR may download it.
 */
import { parse } from "csv-parse/sync";
import type { Participant } from "../../core/participant";
import type { PublishedPair } from "../../core/matching/published-pair";
import { checkInId } from "../../core/sessions/session";
import { DEMO_WAVE_ID } from "../../server/demo-wave";
import { pairListExportRoutes } from "../../tab/api/pair-list-export-routes";
import { aPublishedPair, aScheduledSession } from "../support/notes-factories";
import { devTokenFrom } from "../support/api-client";
import { startTestTandem, type TestTandem } from "../support/tandem-test-server";

const NOW = new Date("2027-03-20T12:00:00.000Z");
const PATH = `/api/hr/waves/${DEMO_WAVE_ID}/pairs.csv`;
const COMMENT = "Lucas keeps checking his phone; I am thinking of stopping.";
const NOTES_TEXT = "Board deck: rehearse the Copilot demo before the 14th.";
const AWKWARD_NAME = 'Noah "Nono" De Smet; Jr,\nBrussels';
const BOM = [0xef, 0xbb, 0xbf];

let tandem: TestTandem;
let hrToken: string;
let sophieToken: string;
let pair: PublishedPair;
let awkwardPair: PublishedPair;

async function demo(id: string): Promise<Participant> {
  const participant = await tandem.repos.participants.get(DEMO_WAVE_ID, id);
  if (participant === undefined) throw new Error(`${id} is not in the demo wave`);
  return participant;
}

async function download(query: string, token?: string) {
  const response = await fetch(`${tandem.url}${PATH}${query}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { response, bytes, text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes) };
}

const rowsOf = (text: string, delimiter: string) =>
  parse(text, { bom: true, delimiter, relax_column_count: false }) as string[][];

beforeAll(async () => {
  tandem = await startTestTandem({}, undefined, { clock: { now: () => NOW } });
  [hrToken, sophieToken] = await Promise.all([
    devTokenFrom(tandem.url, "demo-hr-lead"),
    devTokenFrom(tandem.url, "demo-sophie.laurent"),
  ]);
  const wave = await tandem.repos.waves.get(DEMO_WAVE_ID);
  if (wave === undefined) throw new Error("no demo wave");
  await tandem.repos.waves.save({ ...wave, state: "running" });
  const noah = await demo("demo-noah.de.smet");
  await tandem.repos.participants.save({ ...noah, displayName: AWKWARD_NAME });
  pair = aPublishedPair(DEMO_WAVE_ID, await demo("demo-lucas.martin"), [await demo("demo-sophie.laurent")]);
  awkwardPair = aPublishedPair(DEMO_WAVE_ID, noah, [await demo("demo-jan.peeters")]);
  for (const p of [pair, awkwardPair]) await tandem.repos.pairs.createIfAbsent(p);
  const session = {
    ...aScheduledSession(pair, 1),
    start: "2027-03-10T10:00:00.000Z",
    status: "held" as const,
  };
  await tandem.repos.sessions.create(session);
  await tandem.repos.notes.create({
    id: `notes:${session.id}`,
    waveId: DEMO_WAVE_ID,
    pairId: pair.id,
    sessionId: session.id,
    text: NOTES_TEXT,
    actionItems: [{ id: "a1", text: NOTES_TEXT, done: false }],
    revision: 1,
    updatedAt: "2027-03-10T12:00:00.000Z",
    updatedBy: pair.mentorId,
  });
  await tandem.repos.checkIns.save({
    id: checkInId(session.id, pair.mentorId),
    waveId: DEMO_WAVE_ID,
    pairId: pair.id,
    sessionId: session.id,
    participantId: pair.mentorId,
    outcome: "held",
    rating: 4,
    comment: COMMENT,
    at: "2027-03-11T08:00:00.000Z",
  });
});
afterAll(async () => tandem?.stop());

describe("pair-list export: the contract and who may call it", () => {
  it("theRoute_isForHrOnly_atTheContractsPath", () => {
    const table = pairListExportRoutes({ repos: {} as never, clock: { now: () => NOW } });
    expect(table.map((r) => `${r.access} ${r.method} ${r.path}`)).toEqual([
      "hr GET /api/hr/waves/:waveId/pairs.csv",
    ]);
  });

  it("withoutAToken_is401_andForAParticipant_is403", async () => {
    expect((await download("")).response.status).toBe(401);
    expect((await download("", sophieToken)).response.status).toBe(403);
  });

  it("anUnknownSeparator_is400_andAnUnknownWave_is404", async () => {
    expect((await download("?separator=tab", hrToken)).response.status).toBe(400);
    const other = await fetch(`${tandem.url}/api/hr/waves/no-such-wave/pairs.csv`, {
      headers: { authorization: `Bearer ${hrToken}` },
    });
    expect(other.status).toBe(404);
  });
});

describe("pair-list export: what the file holds", () => {
  it("byDefault_isACommaSeparatedUtf8AttachmentWithBom_andCrlfLines", async () => {
    const { response, bytes, text } = await download("", hrToken);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="pairs-${DEMO_WAVE_ID}.csv"`,
    );
    expect([...bytes.slice(0, 3)]).toEqual(BOM);
    expect(text.slice(1).split("\r\n")[0]).toBe(
      "Pair,Mentor,Mentor email,Mentee,Mentee email,Published,Sessions held,Last activity",
    );
    expect(text.replace(/\r\n/g, "").replace(/\n/g, "")).not.toMatch(/\r/);
  });

  it("withSemicolon_separatesBySemicolons_andListsOneLinePerMentee", async () => {
    const { text } = await download("?separator=semicolon", hrToken);
    expect(text.slice(1).split("\r\n")[0]).toBe(
      "Pair;Mentor;Mentor email;Mentee;Mentee email;Published;Sessions held;Last activity",
    );
    const [, ...rows] = rowsOf(text, ";");
    const lucas = await demo("demo-lucas.martin");
    const sophie = await demo("demo-sophie.laurent");
    expect(rows.find((r) => r[0] === pair.id)).toEqual([
      pair.id,
      lucas.displayName,
      lucas.email,
      sophie.displayName,
      sophie.email,
      pair.publishedAt.slice(0, 10),
      "1",
      "2027-03-11",
    ]);
    expect(rows.map((r) => r[0]).sort()).toEqual([pair.id, awkwardPair.id].sort());
  });

  it.each([
    ["comma", ","],
    ["semicolon", ";"],
  ])("aNameWithQuotesSeparatorsAndANewline_isQuoted_andReadsBackWhole_with%s", async (name, delimiter) => {
    const { text } = await download(`?separator=${name}`, hrToken);
    expect(text).toContain(`"Noah ""Nono"" De Smet; Jr,\nBrussels"`);
    const row = rowsOf(text, delimiter).find((r) => r[0] === awkwardPair.id);
    expect(row?.[1]).toBe(AWKWARD_NAME);
  });

  it("neverContainsNotesOrCheckInComments", async () => {
    const { text } = await download("?separator=semicolon", hrToken);
    expect(text).not.toContain(NOTES_TEXT);
    expect(text).not.toContain(COMMENT);
    expect(text).not.toContain("Board deck");
  });

  it("eachDownload_isRecordedInHrsAuditLog_withoutPersonalData", async () => {
    await download("", hrToken);
    const entries = (await tandem.repos.audit.listByWave(DEMO_WAVE_ID)).filter(
      (e) => e.action === "export.downloaded" && e.target === "pairs.csv",
    );
    expect(entries.length).toBeGreaterThan(0);
    expect(JSON.stringify(entries)).not.toContain((await demo("demo-sophie.laurent")).email);
  });
});
