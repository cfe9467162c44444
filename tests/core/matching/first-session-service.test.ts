import { enrolParticipant } from "../../../core/enrolment";
import { TandemError } from "../../../core/errors";
import { FirstSessionService } from "../../../core/matching/first-session-service";
import { publishedPairId, type PublishedPair } from "../../../core/matching/published-pair";
import type { Participant } from "../../../core/participant";
import type { Repositories } from "../../../core/ports";
import { aParticipant, aWave, identityOf } from "../../support/domain-factories";
import { inMemoryRepositories } from "../../support/in-memory-repositories";

const NOW = new Date("2027-01-10T09:00:00.000Z");
const clock = { now: () => NOW };
const VALID = { firstSessionDate: "2027-02-03", firstSessionTime: "18:30" };

function pairOf(mentor: Participant, mentee: Participant): PublishedPair {
  return {
    id: publishedPairId("one-to-one", mentor.id, mentee.id),
    waveId: mentor.waveId,
    tenantId: mentor.tenantId,
    format: "one-to-one",
    mentorId: mentor.id,
    menteeIds: [mentee.id],
    scores: { [mentee.id]: 70 },
    reasons: { [mentee.id]: [] },
    sharedThemeIds: ["cloud"],
    publishedAt: "2027-01-05T10:00:00.000Z",
  };
}

/** A running wave with two pairs: Megan mentors Alex, Hugo mentors Isabelle. */
async function setUp() {
  const repos = inMemoryRepositories();
  await repos.waves.save(aWave({ state: "running" }));
  const person = async (displayName: string, role: "mentor" | "mentee") => {
    const participant = aParticipant({ displayName, role });
    await enrolParticipant(repos, participant, NOW);
    return participant;
  };
  const megan = await person("Megan Bowen", "mentor");
  const alex = await person("Alex Wilber", "mentee");
  const hugo = await person("Hugo Bernard", "mentor");
  const isabelle = await person("Isabelle Marchand", "mentee");
  const ours = pairOf(megan, alex);
  const theirs = pairOf(hugo, isabelle);
  await repos.pairs.createIfAbsent(ours);
  await repos.pairs.createIfAbsent(theirs);
  return { repos, service: new FirstSessionService(repos, clock), megan, alex, hugo, isabelle, ours, theirs };
}

async function stored(repos: Repositories, pair: PublishedPair) {
  return (await repos.pairs.get(pair.waveId, pair.id))?.value;
}

describe("FirstSessionService.propose", () => {
  it("a member proposes a valid date → saved on the pair by that member, with everyone in the context", async () => {
    const { repos, service, megan, alex, ours } = await setUp();
    const outcome = await service.propose(identityOf(alex), { pairId: ours.id, ...VALID }, {});
    expect(outcome.status).toBe("saved");
    expect(outcome.context.members.map((m) => m.id)).toEqual([megan.id, alex.id]);
    expect(outcome.context.member.id).toBe(alex.id);
    expect((await stored(repos, ours))?.firstSessionProposal).toEqual({
      proposedBy: alex.id,
      start: "2027-02-03T18:30:00.000Z",
      proposedAt: NOW.toISOString(),
    });
  });

  it("the mentor of the pair → may propose too", async () => {
    const { repos, service, megan, ours } = await setUp();
    await service.propose(identityOf(megan), { pairId: ours.id, ...VALID }, { timeZone: "Europe/Paris" });
    expect((await stored(repos, ours))?.firstSessionProposal?.proposedBy).toBe(megan.id);
  });

  it("the same click twice → unchanged the second time, one write", async () => {
    const { repos, service, alex, ours } = await setUp();
    await service.propose(identityOf(alex), { pairId: ours.id, ...VALID }, {});
    const before = await repos.pairs.get(ours.waveId, ours.id);
    const again = await service.propose(identityOf(alex), { pairId: ours.id, ...VALID }, {});
    expect(again.status).toBe("unchanged");
    expect((await repos.pairs.get(ours.waveId, ours.id))?.etag).toBe(before?.etag);
  });

  it("a pair id of another pair → FORBIDDEN, nothing saved on either pair", async () => {
    const { repos, service, alex, ours, theirs } = await setUp();
    await expect(service.propose(identityOf(alex), { pairId: theirs.id, ...VALID }, {})).rejects.toThrow(
      TandemError,
    );
    await expect(
      service.propose(identityOf(alex), { pairId: theirs.id, ...VALID }, {}),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await stored(repos, theirs))?.firstSessionProposal).toBeUndefined();
    expect((await stored(repos, ours))?.firstSessionProposal).toBeUndefined();
  });

  it.each([
    ["no data", undefined],
    ["a string", "pair"],
    ["no pair id", VALID],
    ["an unknown pair id", { pairId: "pair:nobody:nobody", ...VALID }],
  ])("garbage (%s) → FORBIDDEN", async (_, data) => {
    const { service, alex } = await setUp();
    const attempt = service.propose(identityOf(alex), data, {});
    await expect(attempt).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("someone not enrolled at all → FORBIDDEN", async () => {
    const { service, ours } = await setUp();
    const stranger = { tenantId: ours.tenantId, aadObjectId: "aad-stranger" };
    await expect(service.propose(stranger, { pairId: ours.id, ...VALID }, {})).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("a member from another tenant with the same object id → FORBIDDEN", async () => {
    const { service, alex, ours } = await setUp();
    const elsewhere = { ...identityOf(alex), tenantId: "22222222-2222-2222-2222-222222222222" };
    await expect(service.propose(elsewhere, { pairId: ours.id, ...VALID }, {})).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("a withdrawn member → FORBIDDEN", async () => {
    const { repos, service, alex, ours } = await setUp();
    await repos.participants.save({ ...alex, status: "withdrawn" });
    await expect(service.propose(identityOf(alex), { pairId: ours.id, ...VALID }, {})).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("a date outside the wave → refused with the reason and the submission, nothing saved", async () => {
    const { repos, service, alex, ours } = await setUp();
    const outcome = await service.propose(
      identityOf(alex),
      { pairId: ours.id, firstSessionDate: "2028-01-01", firstSessionTime: "10:00" },
      {},
    );
    expect(outcome).toMatchObject({
      status: "refused",
      problems: [{ field: "date", reason: "outside-wave" }],
      submission: { date: "2028-01-01", time: "10:00" },
    });
    expect((await stored(repos, ours))?.firstSessionProposal).toBeUndefined();
  });

  it("the pair changed meanwhile (stale ETag) → re-read and saved on the fresh version", async () => {
    const { repos, service, alex, ours } = await setUp();
    const replace = repos.pairs.replace.bind(repos.pairs);
    let first = true;
    repos.pairs.replace = async (pair, etag) => {
      if (first) {
        first = false;
        const current = await repos.pairs.get(pair.waveId, pair.id);
        await replace({ ...current!.value, sharedThemeIds: ["cloud", "blockchain"] }, current!.etag);
      }
      return replace(pair, etag);
    };
    const outcome = await service.propose(identityOf(alex), { pairId: ours.id, ...VALID }, {});
    expect(outcome.status).toBe("saved");
    const after = await stored(repos, ours);
    expect(after?.sharedThemeIds).toEqual(["cloud", "blockchain"]);
    expect(after?.firstSessionProposal?.proposedBy).toBe(alex.id);
  });
});
