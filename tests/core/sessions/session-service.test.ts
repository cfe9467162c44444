import type { PublishedPair } from "../../../core/matching/published-pair";
import type { Participant } from "../../../core/participant";
import { sessionId } from "../../../core/sessions/session";
import { SessionService } from "../../../core/sessions/session-service";
import { inMemoryRepositories } from "../../support/in-memory-repositories";
import { aPairOfPeople, aPublishedPair, aRunningWave } from "../../support/session-factories";

const NOW = new Date("2026-10-01T10:00:00.000Z");
const WHEN = { date: "2026-10-20", time: "10:30" };

/** A running wave with two pairs in Paris: ours (mentor, mentee) and theirs (other mentor, other mentee). */
async function setUp(pairOverrides: Partial<PublishedPair> = {}) {
  const repos = inMemoryRepositories();
  const wave = aRunningWave({ timeZone: "Europe/Paris" });
  await repos.waves.save(wave);
  const { mentor, mentee } = aPairOfPeople(wave);
  const others = aPairOfPeople(wave);
  for (const p of [mentor, mentee, others.mentor, others.mentee]) await repos.participants.save(p);
  const ours = aPublishedPair(wave, mentor, [mentee], pairOverrides);
  const theirs = aPublishedPair(wave, others.mentor, [others.mentee]);
  await repos.pairs.createIfAbsent(ours);
  await repos.pairs.createIfAbsent(theirs);
  const clock = { now: () => NOW };
  return {
    repos,
    wave,
    mentor,
    mentee,
    others,
    ours,
    theirs,
    service: new SessionService(repos, clock),
    clock,
  };
}

describe("SessionService", () => {
  it("proposeAcceptLinkAndHeldCheckIn_storeEachStep_andTheSessionEndsHeld", async () => {
    const { repos, service, mentor, mentee, ours } = await setUp();
    const proposed = await service.propose(mentor, ours.id, WHEN);
    expect(proposed).toMatchObject({
      status: "changed",
      session: { status: "proposed", start: "2026-10-20T08:30:00.000Z" },
    });
    const id = sessionId(ours.id, 1);
    expect((await service.accept(mentee, id)).status).toBe("changed");
    const link = "https://teams.microsoft.com/l/meetup-join/abc";
    expect((await service.setMeetingLink(mentor, id, link)).status).toBe("changed");

    const later = new SessionService(repos, { now: () => new Date("2026-10-20T10:30:00.000Z") });
    const checkIn = await later.checkIn(mentee, id, { outcome: "held", rating: 5, comment: "Great" });
    expect(checkIn).toMatchObject({ status: "recorded", session: { status: "held", meetingUrl: link } });
    const stored = (await repos.sessions.get(ours.waveId, id))?.value;
    expect(stored?.history.map((h) => h.action)).toEqual(["proposed", "accepted", "link-set", "held"]);
    expect(await repos.checkIns.listBySession(ours.waveId, id)).toHaveLength(1);
    expect(await later.listForPair(mentor, ours.id)).toHaveLength(1);
  });

  it("aMemberOfAnotherPair_isForbidden_everywhere_andNothingIsWritten", async () => {
    const { repos, service, mentor, others, ours } = await setUp();
    await service.propose(mentor, ours.id, WHEN);
    const id = sessionId(ours.id, 1);
    const writes = repos.writes;
    const stranger = others.mentee;
    const attempts = [
      service.propose(stranger, ours.id, WHEN),
      service.accept(stranger, id),
      service.reschedule(stranger, id, { ...WHEN, reason: "x" }),
      service.cancel(stranger, id, "x"),
      service.setMeetingLink(stranger, id, "https://teams.microsoft.com/l/x"),
      service.checkIn(stranger, id, { outcome: "held", rating: 1 }),
      service.listForPair(stranger, ours.id),
      service.acceptFirstProposal(stranger, ours.id),
    ];
    for (const attempt of attempts) await expect(attempt).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(repos.writes).toBe(writes);
  });

  it("aWithdrawnMember_orOneFromAnotherTenant_orAnUnknownSession_isForbidden", async () => {
    const { service, mentor, ours } = await setUp();
    const withdrawn: Participant = { ...mentor, status: "withdrawn" };
    await expect(service.propose(withdrawn, ours.id, WHEN)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(service.propose({ ...mentor, tenantId: "other" }, ours.id, WHEN)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(service.accept(mentor, "session:nope:1")).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("aRefusedChange_writesNothing_andSaysWhy", async () => {
    const { repos, service, mentor, ours } = await setUp();
    await service.propose(mentor, ours.id, WHEN);
    const writes = repos.writes;
    expect(await service.accept(mentor, sessionId(ours.id, 1))).toEqual({
      status: "refused",
      problems: [{ field: "session", reason: "own-proposal" }],
    });
    expect(await service.cancel(mentor, sessionId(ours.id, 1), "")).toMatchObject({ status: "refused" });
    expect(repos.writes).toBe(writes);
  });

  it("aConcurrentChange_isReReadAndTheRuleAppliedAgain", async () => {
    const { repos, service, mentor, mentee, ours } = await setUp();
    await service.propose(mentor, ours.id, WHEN);
    const id = sessionId(ours.id, 1);
    const replace = repos.sessions.replace.bind(repos.sessions);
    let interfered = false;
    repos.sessions.replace = async (session, etag) => {
      if (!interfered) {
        interfered = true;
        const current = await repos.sessions.get(ours.waveId, id);
        if (current === undefined) throw new Error("missing");
        await replace({ ...current.value, meetingUrl: "https://teams.microsoft.com/l/other" }, current.etag);
      }
      return replace(session, etag);
    };
    const outcome = await service.accept(mentee, id);
    expect(outcome).toMatchObject({
      status: "changed",
      session: { status: "scheduled", meetingUrl: "https://teams.microsoft.com/l/other" },
    });
  });

  it("twoMembersProposingAtOnce_getSequencesOneAndTwo", async () => {
    const { repos, service, mentor, mentee, ours } = await setUp();
    const [a, b] = await Promise.all([
      service.propose(mentor, ours.id, WHEN),
      service.propose(mentee, ours.id, { date: "2026-10-21", time: "09:00" }),
    ]);
    expect([a.status, b.status]).toEqual(["changed", "changed"]);
    expect((await repos.sessions.listByPair(ours.waveId, ours.id)).map((s) => s.sequence)).toEqual([1, 2]);
  });

  it("acceptFirstProposal_createsScheduledSessionOne_once", async () => {
    const proposal = {
      proposedBy: "",
      start: "2026-10-15T16:00:00.000Z",
      proposedAt: "2026-09-20T08:00:00.000Z",
    };
    const setup = await setUp();
    const { repos, mentor, mentee, ours } = setup;
    const withProposal = { ...ours, firstSessionProposal: { ...proposal, proposedBy: mentee.id } };
    const stored = await repos.pairs.get(ours.waveId, ours.id);
    if (stored === undefined) throw new Error("missing pair");
    await repos.pairs.replace(withProposal, stored.etag);
    expect(await setup.service.acceptFirstProposal(mentor, ours.id)).toMatchObject({
      status: "changed",
      session: { sequence: 1, status: "scheduled", acceptedBy: mentor.id, proposedBy: mentee.id },
    });
    expect((await setup.service.acceptFirstProposal(mentor, ours.id)).status).toBe("unchanged");
    expect(await setup.service.acceptFirstProposal(mentee, ours.id)).toMatchObject({ status: "unchanged" });
    expect(await repos.sessions.listByPair(ours.waveId, ours.id)).toHaveLength(1);
  });

  it("checkInBeforeTheStart_refused_andNothingSaved", async () => {
    const { repos, service, mentor, mentee, ours } = await setUp();
    await service.propose(mentor, ours.id, WHEN);
    await service.accept(mentee, sessionId(ours.id, 1));
    expect(await service.checkIn(mentee, sessionId(ours.id, 1), { outcome: "held", rating: 3 })).toEqual({
      status: "refused",
      problems: [{ field: "session", reason: "not-yet-started" }],
    });
    expect(await repos.checkIns.listByWave(ours.waveId)).toEqual([]);
  });
});
