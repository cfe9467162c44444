import type { Container } from "@azure/cosmos";
import { startEmbeddedCosmos, type EmbeddedCosmos } from "../../store/embedded-cosmos";

interface Note {
  id: string;
  waveId: string;
  text: string;
}

function note(id: string, overrides: Partial<Note> = {}): Note {
  return { id, waveId: "wave-1", text: `note ${id}`, ...overrides };
}

/** onChange fires on the server's 'finish', which can land a moment after the client has the response. */
async function waitFor(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe("startEmbeddedCosmos", () => {
  let cosmos: EmbeddedCosmos;
  let container: Container;
  let changes = 0;

  beforeAll(async () => {
    cosmos = await startEmbeddedCosmos();
    cosmos.onChange(() => {
      changes += 1;
    });
    const { database } = await cosmos.client.databases.createIfNotExists({ id: "tandem" });
    ({ container } = await database.containers.createIfNotExists({
      id: "notes",
      partitionKey: { paths: ["/waveId"] },
    }));
  });

  afterAll(async () => {
    await cosmos.stop();
  });

  test("startEmbeddedCosmos_NoPort_ListensOnRandomLoopbackPort", () => {
    expect(cosmos.endpoint).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(cosmos.endpoint).not.toMatch(/:0$/);
  });

  test("crud_CreateReadReplaceDelete_RoundTrips", async () => {
    const { resource: created } = await container.items.create(note("crud"));
    expect(created).toMatchObject(note("crud"));

    const { resource: read } = await container.item("crud", "wave-1").read<Note>();
    expect(read).toMatchObject(note("crud"));

    const { resource: replaced } = await container
      .item("crud", "wave-1")
      .replace(note("crud", { text: "changed" }));
    expect(replaced?.text).toBe("changed");

    await container.item("crud", "wave-1").delete();
    const { statusCode, resource: gone } = await container.item("crud", "wave-1").read();
    expect(statusCode).toBe(404);
    expect(gone).toBeUndefined();
  });

  test("query_Parameterised_ReturnsOnlyMatchingDocuments", async () => {
    await container.items.create(note("q1", { waveId: "wave-q", text: "keep" }));
    await container.items.create(note("q2", { waveId: "wave-q", text: "skip" }));
    await container.items.create(note("q3", { waveId: "wave-other", text: "keep" }));

    const { resources } = await container.items
      .query<Note>({
        query: "SELECT * FROM c WHERE c.waveId = @waveId AND c.text = @text",
        parameters: [
          { name: "@waveId", value: "wave-q" },
          { name: "@text", value: "keep" },
        ],
      })
      .fetchAll();

    expect(resources.map((found) => found.id)).toEqual(["q1"]);
  });

  test("replace_StaleEtag_FailsWith412", async () => {
    const { resource: created } = await container.items.create(note("etag"));
    const staleEtag = created?._etag as string;
    await container.item("etag", "wave-1").replace(note("etag", { text: "first" }));

    const staleReplace = container.item("etag", "wave-1").replace(note("etag", { text: "second" }), {
      accessCondition: { type: "IfMatch", condition: staleEtag },
    });

    await expect(staleReplace).rejects.toMatchObject({ code: 412 });
  });

  test("onChange_CreateReplaceDelete_FiresOncePerWrite", async () => {
    const before = changes;
    await container.items.create(note("change"));
    await waitFor(() => changes === before + 1);
    await container.item("change", "wave-1").replace(note("change", { text: "replaced" }));
    await waitFor(() => changes === before + 2);
    await container.item("change", "wave-1").delete();
    await waitFor(() => changes === before + 3);
  });

  test("onChange_UpsertAndPatch_Fire", async () => {
    const before = changes;
    await container.items.upsert(note("upsert"));
    await waitFor(() => changes === before + 1);
    await container.item("upsert", "wave-1").patch([{ op: "set", path: "/text", value: "patched" }]);
    await waitFor(() => changes === before + 2);
  });

  test("onChange_ReadsAndQueries_DoNotFire", async () => {
    const start = changes;
    await container.items.create(note("quiet"));
    await waitFor(() => changes === start + 1);
    const before = changes;

    await container.item("quiet", "wave-1").read();
    await container.items
      .query({ query: "SELECT * FROM c WHERE c.id = @id", parameters: [{ name: "@id", value: "quiet" }] })
      .fetchAll();
    await container.items.readAll().fetchAll();
    await cosmos.client.databases.readAll().fetchAll();
    // A write afterwards proves the listener is live and that the reads added nothing before it.
    await container.items.upsert(note("quiet", { text: "marker" }));
    await waitFor(() => changes >= before + 1);

    expect(changes).toBe(before + 1);
  });

  test("onChange_FailedWrite_DoesNotFire", async () => {
    const start = changes;
    await container.items.create(note("duplicate"));
    await waitFor(() => changes === start + 1);
    const before = changes;

    await expect(container.items.create(note("duplicate"))).rejects.toMatchObject({ code: 409 });
    await container.items.upsert(note("after-duplicate"));
    await waitFor(() => changes >= before + 1);

    expect(changes).toBe(before + 1);
  });
});
