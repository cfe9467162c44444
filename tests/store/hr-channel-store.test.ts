/** HR channels on the embedded Cosmos emulator: one per tenant, the latest installation wins, removal is scoped to its team. */
import {
  MAX_HR_CHANNEL_CANDIDATES,
  registerCandidate,
  type HrChannel,
  type HrChannelCandidate,
  type HrChannelDirectory,
} from "../../core/hr-channel/hr-channel";
import { startEmbeddedCosmos, type EmbeddedCosmos } from "../../store/embedded-cosmos";
import { hrChannelCandidatesDocumentId, openHrChannelDirectory } from "../../store/hr-channel-store";

const DATABASE = "hr-channel-test";
let cosmos: EmbeddedCosmos;
let channels: HrChannelDirectory;

function aChannel(tenantId: string, teamId: string): HrChannel {
  return {
    tenantId,
    teamId,
    teamName: "HR programme",
    conversationReference: {
      conversation: { id: teamId },
      serviceUrl: "https://smba.trafficmanager.net/emea/",
    },
    registeredAt: "2027-03-01T09:00:00.000Z",
  };
}

function aCandidate(
  tenantId: string,
  teamId: string,
  addedAt = "2027-03-01T09:00:00.000Z",
): HrChannelCandidate {
  return {
    tenantId,
    teamId,
    teamName: `Team ${teamId}`,
    conversationReference: {
      conversation: { id: teamId, conversationType: "channel" },
      serviceUrl: "https://smba.trafficmanager.net/emea/",
    },
    addedAt,
  };
}

beforeAll(async () => {
  cosmos = await startEmbeddedCosmos();
  channels = await openHrChannelDirectory(cosmos.client, DATABASE);
});
afterAll(async () => cosmos?.stop());

describe("CosmosHrChannelDirectory on the embedded emulator", () => {
  it("aTenantWithoutAnHrChannel_readsUndefined", async () => {
    expect(await channels.get("tenant-none")).toBeUndefined();
  });

  it("save_thenGet_returnsTheChannel_andASecondInstallationReplacesTheFirst", async () => {
    await channels.save(aChannel("tenant-a", "team-1"));
    expect(await channels.get("tenant-a")).toEqual(aChannel("tenant-a", "team-1"));
    await channels.save(aChannel("tenant-a", "team-2"));
    expect((await channels.get("tenant-a"))?.teamId).toBe("team-2");
  });

  it("remove_ofAnotherTeam_keepsTheChannel_andOfItsTeam_forgetsIt", async () => {
    await channels.save(aChannel("tenant-b", "team-1"));
    await channels.remove("tenant-b", "team-old");
    expect((await channels.get("tenant-b"))?.teamId).toBe("team-1");
    await channels.remove("tenant-b", "team-1");
    expect(await channels.get("tenant-b")).toBeUndefined();
    await expect(channels.remove("tenant-b", "team-1")).resolves.toBeUndefined();
  });

  it("tenants_areKeptApart", async () => {
    await channels.save(aChannel("tenant-c", "team-c"));
    await channels.save(aChannel("tenant-d", "team-d"));
    expect((await channels.get("tenant-c"))?.teamId).toBe("team-c");
    expect((await channels.get("tenant-d"))?.teamId).toBe("team-d");
  });
});

describe("HR channel candidates on the embedded emulator", () => {
  it("aTenantWithoutCandidates_listsNone", async () => {
    expect(await channels.listCandidates("tenant-none")).toEqual([]);
  });

  it("addCandidate_keepsOneDocumentPerTenant_newestFirst_andTheSameTeamAddedAgainReplacesItsEntry", async () => {
    await channels.addCandidate(aCandidate("tenant-e", "team-1", "2027-03-01T09:00:00.000Z"));
    await channels.addCandidate(aCandidate("tenant-e", "team-2", "2027-03-02T09:00:00.000Z"));
    await channels.addCandidate(aCandidate("tenant-e", "team-1", "2027-03-03T09:00:00.000Z"));
    const listed = await channels.listCandidates("tenant-e");
    expect(listed.map((c) => [c.teamId, c.addedAt])).toEqual([
      ["team-1", "2027-03-03T09:00:00.000Z"],
      ["team-2", "2027-03-02T09:00:00.000Z"],
    ]);
    expect(listed[0]).toEqual(aCandidate("tenant-e", "team-1", "2027-03-03T09:00:00.000Z"));
    const id = hrChannelCandidatesDocumentId("tenant-e");
    expect(id).toBe("hr-channel-candidates:tenant-e");
    const { resource } = await cosmos.client
      .database(DATABASE)
      .container("users")
      .item(id, id)
      .read<{ candidates: unknown[] }>();
    expect(resource?.candidates).toHaveLength(2);
  });

  it("theList_isCappedToTheMostRecentInstallations", async () => {
    const total = MAX_HR_CHANNEL_CANDIDATES + 3;
    for (let i = 0; i < total; i++) {
      const day = String(i + 1).padStart(2, "0");
      await channels.addCandidate(aCandidate("tenant-f", `team-${i}`, `2027-03-${day}T09:00:00.000Z`));
    }
    const listed = await channels.listCandidates("tenant-f");
    expect(listed).toHaveLength(MAX_HR_CHANNEL_CANDIDATES);
    expect(listed[0]?.teamId).toBe(`team-${total - 1}`);
    expect(listed.map((c) => c.teamId)).not.toContain("team-0");
  });

  it("concurrentInstallations_areAllKept", async () => {
    await Promise.all(
      [1, 2, 3, 4, 5].map((i) =>
        channels.addCandidate(aCandidate("tenant-g", `team-${i}`, `2027-03-0${i}T09:00:00.000Z`)),
      ),
    );
    expect((await channels.listCandidates("tenant-g")).map((c) => c.teamId).sort()).toEqual([
      "team-1",
      "team-2",
      "team-3",
      "team-4",
      "team-5",
    ]);
  });

  it("removeCandidate_forgetsOnlyThatTeam_ofThatTenant", async () => {
    await channels.addCandidate(aCandidate("tenant-h", "team-1"));
    await channels.addCandidate(aCandidate("tenant-h", "team-2"));
    await channels.addCandidate(aCandidate("tenant-i", "team-1"));
    await channels.removeCandidate("tenant-h", "team-1");
    expect((await channels.listCandidates("tenant-h")).map((c) => c.teamId)).toEqual(["team-2"]);
    expect((await channels.listCandidates("tenant-i")).map((c) => c.teamId)).toEqual(["team-1"]);
    await expect(channels.removeCandidate("tenant-none", "team-1")).resolves.toBeUndefined();
  });

  it("registerCandidate_savesTheStoredReferenceAsTheChannel_andAnotherTenantsTeamIsNoCandidate", async () => {
    await channels.addCandidate(aCandidate("tenant-j", "team-j"));
    const now = new Date("2027-04-01T10:00:00.000Z");
    expect(await registerCandidate(channels, "tenant-k", "team-j", now)).toBeUndefined();
    expect(await channels.get("tenant-k")).toBeUndefined();
    const channel = await registerCandidate(channels, "tenant-j", "team-j", now);
    expect(channel).toEqual({
      tenantId: "tenant-j",
      teamId: "team-j",
      teamName: "Team team-j",
      conversationReference: aCandidate("tenant-j", "team-j").conversationReference,
      registeredAt: "2027-04-01T10:00:00.000Z",
    });
    expect(await channels.get("tenant-j")).toEqual(channel);
  });
});
