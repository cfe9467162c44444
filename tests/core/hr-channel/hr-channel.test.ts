import {
  channelFrom,
  MAX_HR_CHANNEL_CANDIDATES,
  withCandidate,
  type HrChannelCandidate,
} from "../../../core/hr-channel/hr-channel";

function aCandidate(teamId: string, addedAt: string, teamName?: string): HrChannelCandidate {
  return {
    tenantId: "tenant-a",
    teamId,
    ...(teamName !== undefined ? { teamName } : {}),
    conversationReference: { conversation: { id: teamId } },
    addedAt,
  };
}

describe("withCandidate", () => {
  it("aTeamAddedAgain_replacesItsEarlierEntry_andComesFirst", () => {
    const before = [
      aCandidate("team-b", "2027-01-02T00:00:00Z"),
      aCandidate("team-a", "2027-01-01T00:00:00Z"),
    ];
    const after = withCandidate(before, aCandidate("team-a", "2027-01-03T00:00:00Z", "Renamed"));
    expect(after.map((c) => [c.teamId, c.teamName])).toEqual([
      ["team-a", "Renamed"],
      ["team-b", undefined],
    ]);
  });

  it("keepsTheNewestFirst_whateverTheOrderTheyCameIn", () => {
    const before = [aCandidate("team-new", "2027-03-01T00:00:00Z")];
    const after = withCandidate(before, aCandidate("team-old", "2027-01-01T00:00:00Z"));
    expect(after.map((c) => c.teamId)).toEqual(["team-new", "team-old"]);
  });

  it("beyondTheCap_dropsTheOldest", () => {
    const day = (d: number) => new Date(Date.UTC(2027, 0, 1 + d)).toISOString();
    const full = Array.from({ length: MAX_HR_CHANNEL_CANDIDATES }, (_, i) =>
      aCandidate(`team-${i}`, day(MAX_HR_CHANNEL_CANDIDATES - i)),
    );
    const after = withCandidate(full, aCandidate("team-latest", day(100)));
    expect(after).toHaveLength(MAX_HR_CHANNEL_CANDIDATES);
    expect(after[0]?.teamId).toBe("team-latest");
    expect(after.map((c) => c.teamId)).not.toContain(`team-${MAX_HR_CHANNEL_CANDIDATES - 1}`);
  });
});

describe("channelFrom", () => {
  it("keepsTheCandidatesTeamAndStoredReference_withTheRegistrationTime", () => {
    const candidate = aCandidate("team-hr", "2027-01-01T00:00:00Z", "HR");
    expect(channelFrom(candidate, "2027-02-01T00:00:00Z")).toEqual({
      tenantId: "tenant-a",
      teamId: "team-hr",
      teamName: "HR",
      conversationReference: candidate.conversationReference,
      registeredAt: "2027-02-01T00:00:00Z",
    });
  });
});
