import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { CosmosClient } from "@azure/cosmos";
import { CosmosSnapshot, CosmosSnapshotError } from "../../store/cosmos-snapshot";
import { startEmbeddedCosmos, type EmbeddedCosmos } from "../../store/embedded-cosmos";

const SYSTEM_PROPERTIES = ["_rid", "_self", "_etag", "_ts", "_attachments"];

/** Linux's /dev/full fails every write with ENOSPC: symlinked as the temp file, a real disk-full error midway through a save. */

const started: EmbeddedCosmos[] = [];
let folder: string;
let file: string;

async function startCosmos(): Promise<EmbeddedCosmos> {
  const cosmos = await startEmbeddedCosmos();
  started.push(cosmos);
  return cosmos;
}

function stripSystemProperties(document: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(document).filter(([key]) => !SYSTEM_PROPERTIES.includes(key)));
}

/** Everything a snapshot must carry over, in a stable order, for comparing two accounts. */
async function describeAccount(client: CosmosClient): Promise<unknown> {
  const { resources: databases } = await client.databases.readAll().fetchAll();
  const account = [];
  for (const { id: databaseId } of databases.sort((a, b) => a.id.localeCompare(b.id))) {
    const database = client.database(databaseId);
    const { resources: containers } = await database.containers.readAll().fetchAll();
    const described = [];
    for (const definition of containers.sort((a, b) => a.id.localeCompare(b.id))) {
      const { resources: documents } = await database.container(definition.id).items.readAll().fetchAll();
      described.push({
        id: definition.id,
        partitionKey: definition.partitionKey,
        uniqueKeyPolicy: definition.uniqueKeyPolicy,
        documents: documents
          .map(stripSystemProperties)
          .sort((a, b) => String(a.id).localeCompare(String(b.id))),
      });
    }
    account.push({ id: databaseId, containers: described });
  }
  return account;
}

/** Two databases, three containers (partition keys, a unique key, a composite index) and varied documents. */
async function seed(client: CosmosClient): Promise<void> {
  const { database: tandem } = await client.databases.createIfNotExists({ id: "tandem" });
  const { container: participants } = await tandem.containers.createIfNotExists({
    id: "participants",
    partitionKey: { paths: ["/waveId"] },
    uniqueKeyPolicy: { uniqueKeys: [{ paths: ["/email"] }] },
  });
  const { container: responses } = await tandem.containers.createIfNotExists({
    id: "responses",
    partitionKey: { paths: ["/waveId"] },
    indexingPolicy: {
      compositeIndexes: [
        [
          { path: "/waveId", order: "ascending" },
          { path: "/submittedAt", order: "descending" },
        ],
      ],
    },
  });
  const { database: audit } = await client.databases.createIfNotExists({ id: "audit" });
  const { container: events } = await audit.containers.createIfNotExists({
    id: "events",
    partitionKey: { paths: ["/id"] },
  });

  await participants.items.create({ id: "p1", waveId: "w1", email: "a@example.com", roles: ["mentor"] });
  await participants.items.create({
    id: "p2",
    waveId: "w1",
    email: "b@example.com",
    nested: { deep: [1, { x: null }] },
  });
  await participants.items.create({ id: "p3", waveId: "w2", email: "c@example.com", unicode: "Zoë – 東京" });
  await responses.items.create({ id: "r1", waveId: "w1", submittedAt: "2025-01-02", answers: { q1: 3 } });
  await responses.items.create({ id: "r2", waveId: "w1", submittedAt: "2025-01-03", answers: {} });
  await events.items.create({ id: "e1", kind: "started", at: 1 });
}

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), "tandem-snapshot-"));
  file = join(folder, "data", "cosmos-snapshot.json");
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

afterAll(async () => {
  await Promise.all(started.map((cosmos) => cosmos.stop()));
});

describe("CosmosSnapshot save and restore", () => {
  test("restore_SnapshotOfSeededAccount_FreshEmulatorHoldsSameData", async () => {
    const source = await startCosmos();
    await seed(source.client);
    await new CosmosSnapshot(source.client, file).save();

    const target = await startCosmos();
    const restored = await new CosmosSnapshot(target.client, file).restore();

    expect(restored).toBe(true);
    const expected = await describeAccount(source.client);
    expect(await describeAccount(target.client)).toEqual(expected);
    expect(JSON.stringify(expected)).toContain('"paths":["/waveId"]');
  });

  test("restore_UniqueKeyAndCompositeIndex_StillEnforcedAndUsable", async () => {
    const source = await startCosmos();
    await seed(source.client);
    await new CosmosSnapshot(source.client, file).save();
    const target = await startCosmos();
    await new CosmosSnapshot(target.client, file).restore();
    const tandem = target.client.database("tandem");

    const duplicateEmail = tandem
      .container("participants")
      .items.create({ id: "p9", waveId: "w1", email: "a@example.com" });
    await expect(duplicateEmail).rejects.toMatchObject({ code: 409 });
    const { resources } = await tandem
      .container("responses")
      .items.query({
        query: "SELECT c.id FROM c WHERE c.waveId = @w ORDER BY c.waveId ASC, c.submittedAt DESC",
        parameters: [{ name: "@w", value: "w1" }],
      })
      .fetchAll();
    expect(resources.map((row: { id: string }) => row.id)).toEqual(["r2", "r1"]);
  });

  test("save_Always_StoresVersionedFormatWithoutSystemProperties", async () => {
    const cosmos = await startCosmos();
    await seed(cosmos.client);

    await new CosmosSnapshot(cosmos.client, file).save();

    const saved = JSON.parse(await readFile(file, "utf8"));
    expect(saved.format).toBe(1);
    expect(new Date(saved.savedAt).toString()).not.toBe("Invalid Date");
    const documents = saved.databases.flatMap((database: { containers: Array<{ documents: object[] }> }) =>
      database.containers.flatMap((container) => container.documents),
    );
    expect(documents).toHaveLength(6);
    for (const document of documents) {
      for (const property of SYSTEM_PROPERTIES) expect(document).not.toHaveProperty(property);
    }
  });

  test("save_MissingFolder_CreatesItAndLeavesNoTempFile", async () => {
    const cosmos = await startCosmos();
    await seed(cosmos.client);

    await new CosmosSnapshot(cosmos.client, file).save();

    expect(await readdir(join(folder, "data"))).toEqual(["cosmos-snapshot.json"]);
  });

  test("restore_NoFile_ReturnsFalseAndCreatesNothing", async () => {
    const cosmos = await startCosmos();

    await expect(new CosmosSnapshot(cosmos.client, file).restore()).resolves.toBe(false);

    const { resources } = await cosmos.client.databases.readAll().fetchAll();
    expect(resources).toEqual([]);
  });

  test.each([
    ["not JSON", '{"format": 1, "databases": ['],
    ["unknown format", JSON.stringify({ format: 2, savedAt: "2025-01-01T00:00:00Z", databases: [] })],
    [
      "a container without partition key",
      JSON.stringify({
        format: 1,
        savedAt: "2025-01-01T00:00:00Z",
        databases: [{ id: "d", containers: [{ id: "c", documents: [] }] }],
      }),
    ],
  ])("restore_CorruptFile_%s_ThrowsNamingTheFile", async (_situation, contents) => {
    const cosmos = await startCosmos();
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, contents);

    const restore = new CosmosSnapshot(cosmos.client, file).restore();

    await expect(restore).rejects.toBeInstanceOf(CosmosSnapshotError);
    await expect(restore).rejects.toThrow(file);
  });
});

describe("CosmosSnapshot atomic writes", () => {
  test("save_DiskFullWhileWritingTempFile_KeepsPreviousSnapshotAndRemovesTemp", async () => {
    const cosmos = await startCosmos();
    await seed(cosmos.client);
    const snapshot = new CosmosSnapshot(cosmos.client, file);
    await snapshot.save();
    const good = await readFile(file, "utf8");
    await cosmos.client.database("audit").container("events").items.create({ id: "e2", kind: "lost" });
    await symlink("/dev/full", `${file}.tmp`);

    await expect(snapshot.save()).rejects.toMatchObject({ code: "ENOSPC" });

    expect(await readFile(file, "utf8")).toBe(good);
    expect(await readdir(join(folder, "data"))).toEqual(["cosmos-snapshot.json"]);
  });

  test("save_EmulatorGoneWhileReading_KeepsPreviousSnapshot", async () => {
    const cosmos = await startCosmos();
    await seed(cosmos.client);
    const snapshot = new CosmosSnapshot(cosmos.client, file);
    await snapshot.save();
    const good = await readFile(file, "utf8");
    await cosmos.stop();

    await expect(snapshot.save()).rejects.toThrow();

    expect(await readFile(file, "utf8")).toBe(good);
    expect(await readdir(join(folder, "data"))).toEqual(["cosmos-snapshot.json"]);
  });
});

describe("CosmosSnapshot scheduled saves", () => {
  test("scheduleSave_BurstOf50Writes_CoalescesAndFlushKeepsAll", async () => {
    const cosmos = await startCosmos();
    const snapshot = new CosmosSnapshot(cosmos.client, file);
    cosmos.onChange(() => snapshot.scheduleSave());
    const saves = jest.spyOn(snapshot, "save");
    const { database } = await cosmos.client.databases.createIfNotExists({ id: "tandem" });
    const { container } = await database.containers.createIfNotExists({
      id: "answers",
      partitionKey: { paths: ["/waveId"] },
    });

    await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        container.items.create({ id: `a${index}`, waveId: "w1", index }),
      ),
    );
    await snapshot.flush();

    expect(saves.mock.calls.length).toBeGreaterThanOrEqual(1);
    expect(saves.mock.calls.length).toBeLessThanOrEqual(3);
    const saved = JSON.parse(await readFile(file, "utf8"));
    const answers = saved.databases[0].containers.find((c: { id: string }) => c.id === "answers");
    expect(answers.documents).toHaveLength(50);
  });

  test("scheduleSave_ChangeDuringSave_SavesOnceMoreAfterIt", async () => {
    const cosmos = await startCosmos();
    const snapshot = new CosmosSnapshot(cosmos.client, file, undefined, 20);
    cosmos.onChange(() => snapshot.scheduleSave());
    const { database } = await cosmos.client.databases.createIfNotExists({ id: "tandem" });
    const { container } = await database.containers.createIfNotExists({
      id: "answers",
      partitionKey: { paths: ["/waveId"] },
    });

    const firstSave = snapshot.save();
    await container.items.create({ id: "late", waveId: "w1" });
    await firstSave;
    await snapshot.flush();

    expect(await readFile(file, "utf8")).toContain('"late"');
  });

  test("scheduleSave_SaveFails_LogsAndRetriesOnNextChange", async () => {
    const cosmos = await startCosmos();
    const logged: Array<{ msg: string; err: unknown }> = [];
    const snapshot = new CosmosSnapshot(cosmos.client, file, (msg, err) => logged.push({ msg, err }), 10);
    cosmos.onChange(() => snapshot.scheduleSave());
    const { database } = await cosmos.client.databases.createIfNotExists({ id: "tandem" });
    const { container } = await database.containers.createIfNotExists({
      id: "answers",
      partitionKey: { paths: ["/waveId"] },
    });
    await snapshot.flush();
    await symlink("/dev/full", `${file}.tmp`);

    await container.items.create({ id: "first", waveId: "w1" });
    await waitFor(() => logged.length === 1);
    expect(logged[0]?.msg).toContain(file);
    expect(logged[0]?.err).toMatchObject({ code: "ENOSPC" });

    // The failed save removed its temp path (the symlink); no retry happens until the next change.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await readFile(file, "utf8")).not.toContain('"first"');
    await container.items.create({ id: "second", waveId: "w1" });
    await snapshot.flush();

    const saved = await readFile(file, "utf8");
    expect(saved).toContain('"first"');
    expect(saved).toContain('"second"');
    expect(logged).toHaveLength(1);
  });

  test("flush_NothingChanged_DoesNotSave", async () => {
    const cosmos = await startCosmos();
    const snapshot = new CosmosSnapshot(cosmos.client, file);
    const saves = jest.spyOn(snapshot, "save");

    await snapshot.flush();

    expect(saves).not.toHaveBeenCalled();
    expect(existsSync(file)).toBe(false);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
