/** HR channels on the embedded Cosmos emulator: one per tenant, the latest installation wins, removal is scoped to its team. */
import type { HrChannel, HrChannelDirectory } from "../../core/hr-channel/hr-channel";
import { startEmbeddedCosmos, type EmbeddedCosmos } from "../../store/embedded-cosmos";
import { openHrChannelDirectory } from "../../store/hr-channel-store";

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
