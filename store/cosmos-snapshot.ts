import { mkdir, open, readFile, rename, unlink } from "node:fs/promises";
import { dirname } from "node:path";
import type {
  CosmosClient,
  IndexingPolicy,
  ItemDefinition,
  PartitionKeyDefinition,
  UniqueKeyPolicy,
} from "@azure/cosmos";
import { z } from "zod";

/** System properties Cosmos adds to every document; they are regenerated on restore. */
const SYSTEM_PROPERTIES = ["_rid", "_self", "_etag", "_ts", "_attachments"] as const;

/** Upserts in flight at once during restore: fast on the emulator without flooding it. */
const RESTORE_CONCURRENCY = 8;

/** The file format; the transforms only name the Cosmos types whose shape the checks above them confirm. */
const snapshotSchema = z.object({
  format: z.literal(1),
  savedAt: z.string(),
  databases: z.array(
    z.object({
      id: z.string().min(1),
      containers: z.array(
        z.object({
          id: z.string().min(1),
          partitionKey: z
            .looseObject({ paths: z.array(z.string()).min(1) })
            .transform((definition) => definition as PartitionKeyDefinition),
          uniqueKeyPolicy: z
            .looseObject({ uniqueKeys: z.array(z.looseObject({ paths: z.array(z.string()) })) })
            .transform((policy) => policy as UniqueKeyPolicy)
            .optional(),
          indexingPolicy: z
            .looseObject({})
            .transform((policy) => policy as IndexingPolicy)
            .optional(),
          documents: z.array(z.looseObject({ id: z.string() })),
        }),
      ),
    }),
  ),
});

type SnapshotFile = z.output<typeof snapshotSchema>;
type ContainerSnapshot = SnapshotFile["databases"][number]["containers"][number];

/** A snapshot file that cannot be read back; names the file so a failed start is easy to trace. */
export class CosmosSnapshotError extends Error {
  constructor(
    readonly file: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = "CosmosSnapshotError";
  }
}

/**
 * Keeps the embedded emulator's data across restarts: a versioned JSON file holding every database,
 * container and document, read and restored through the Cosmos API.
 */
export class CosmosSnapshot {
  private dirty = false;
  private timer: NodeJS.Timeout | undefined;
  private savesInFlight = 0;
  /** The last queued save, settled either way: the next save starts after it, so saves never overlap. */
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly client: CosmosClient,
    private readonly file: string,
    private readonly log: (msg: string, err?: unknown) => void = (msg, err) => console.error(msg, err),
    private readonly saveDelayMs = 250,
  ) {}

  /** Reads every database, container (id, partitionKey definition, uniqueKeyPolicy if any) and document through the Cosmos API and writes them atomically (temp file in the same folder, fsync, rename; the folder is created if missing). Documents are stored without the system properties _rid, _self, _etag, _ts, _attachments. */
  save(): Promise<void> {
    this.savesInFlight += 1;
    const run = this.queue.then(async () => {
      this.dirty = false;
      try {
        await writeAtomically(this.file, JSON.stringify(await this.read(), null, 2));
      } catch (error) {
        this.dirty = true;
        throw error;
      }
    });
    // The caller of save() gets the error through `run`; the queue only needs to know it settled.
    this.queue = run.then(
      () => this.saveSettled(true),
      () => this.saveSettled(false),
    );
    return run;
  }

  /** Restores a saved snapshot into an empty account: creates databases and containers (createIfNotExists) and upserts the documents. Returns false when no snapshot file exists. A corrupt file throws an error that names the file (never silently starts empty). */
  async restore(): Promise<boolean> {
    const snapshot = await this.readFile();
    if (!snapshot) return false;
    for (const databaseSnapshot of snapshot.databases) {
      const { database } = await this.client.databases.createIfNotExists({ id: databaseSnapshot.id });
      for (const containerSnapshot of databaseSnapshot.containers) {
        const { container } = await database.containers.createIfNotExists({
          id: containerSnapshot.id,
          partitionKey: containerSnapshot.partitionKey,
          uniqueKeyPolicy: containerSnapshot.uniqueKeyPolicy,
          indexingPolicy: containerSnapshot.indexingPolicy,
        });
        await forEachConcurrently(containerSnapshot.documents, RESTORE_CONCURRENCY, async (document) => {
          await container.items.upsert(document);
        });
      }
    }
    return true;
  }

  /** Debounced save after changes (default 250 ms); saves never overlap: a change during a save triggers one more save after it. */
  scheduleSave(): void {
    this.dirty = true;
    this.arm();
  }

  /** Waits for pending/ongoing saves and saves once more if anything changed; used on shutdown. */
  async flush(): Promise<void> {
    this.disarm();
    await this.queue;
    this.disarm(); // a save that ended with new changes re-arms the timer
    if (this.dirty) await this.save();
  }

  /** Starts the delay from the first change after a save; later changes ride along, so a steady stream of writes still saves every delay. */
  private arm(): void {
    if (this.timer !== undefined || this.savesInFlight > 0) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.save().catch((error: unknown) =>
        this.log(`Saving the Cosmos snapshot to ${this.file} failed; retrying after the next change`, error),
      );
    }, this.saveDelayMs);
  }

  private disarm(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private saveSettled(succeeded: boolean): void {
    this.savesInFlight -= 1;
    // After a failure, wait for the next change rather than retrying in a loop.
    if (succeeded && this.dirty) this.arm();
  }

  private async read(): Promise<SnapshotFile> {
    const { resources: databases } = await this.client.databases.readAll().fetchAll();
    const snapshot: SnapshotFile = { format: 1, savedAt: new Date().toISOString(), databases: [] };
    for (const { id: databaseId } of databases) {
      const database = this.client.database(databaseId);
      const { resources: containers } = await database.containers.readAll().fetchAll();
      const containerSnapshots: ContainerSnapshot[] = [];
      for (const definition of containers) {
        if (!definition.partitionKey) {
          throw new Error(`Container ${databaseId}/${definition.id} has no partition key definition`);
        }
        const { resources: documents } = await database
          .container(definition.id)
          .items.readAll<ItemDefinition & { id: string }>()
          .fetchAll();
        containerSnapshots.push({
          id: definition.id,
          partitionKey: definition.partitionKey,
          ...(definition.uniqueKeyPolicy && { uniqueKeyPolicy: definition.uniqueKeyPolicy }),
          ...(definition.indexingPolicy && { indexingPolicy: definition.indexingPolicy }),
          documents: documents.map(withoutSystemProperties),
        });
      }
      snapshot.databases.push({ id: databaseId, containers: containerSnapshots });
    }
    return snapshot;
  }

  /** The parsed snapshot, or undefined when there is no file; anything unreadable throws naming the file. */
  private async readFile(): Promise<SnapshotFile | undefined> {
    let text: string;
    try {
      text = await readFile(this.file, "utf8");
    } catch (error) {
      if (isErrnoException(error) && error.code === "ENOENT") return undefined;
      throw new CosmosSnapshotError(this.file, `Cannot read the Cosmos snapshot ${this.file}`, {
        cause: error,
      });
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new CosmosSnapshotError(this.file, `The Cosmos snapshot ${this.file} is corrupt (not JSON)`, {
        cause: error,
      });
    }
    const parsed = snapshotSchema.safeParse(json);
    if (!parsed.success) {
      throw new CosmosSnapshotError(
        this.file,
        `The Cosmos snapshot ${this.file} is corrupt or of an unknown format: ${z.prettifyError(parsed.error)}`,
        { cause: parsed.error },
      );
    }
    return parsed.data;
  }
}

/** Temp file in the same folder, fsync, rename over the target, fsync the folder: a crash leaves the old or the new file, never half of one. */
async function writeAtomically(file: string, contents: string): Promise<void> {
  const folder = dirname(file);
  const temp = `${file}.tmp`;
  await mkdir(folder, { recursive: true });
  try {
    const handle = await open(temp, "w");
    try {
      await handle.writeFile(contents, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch((cleanupError: unknown) => {
      if (!(isErrnoException(cleanupError) && cleanupError.code === "ENOENT")) {
        throw new AggregateError(
          [error, cleanupError],
          `Writing ${file} failed and ${temp} could not be removed`,
        );
      }
    });
    throw error;
  }
  await syncFolder(folder);
}

/** Makes the rename itself durable; Windows cannot open a folder for fsync (and does not need to). */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === "win32") return;
  const handle = await open(folder, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function withoutSystemProperties<T extends { id: string }>(document: T): T {
  const copy: Record<string, unknown> = { ...document };
  for (const property of SYSTEM_PROPERTIES) delete copy[property];
  return copy as T;
}

async function forEachConcurrently<T>(
  items: readonly T[],
  concurrency: number,
  action: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const item = items[next] as T;
      next += 1;
      try {
        await action(item);
      } catch (error) {
        failed = true; // the other workers stop; Promise.all reports this error
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

/** Structural, not `instanceof Error`: errors from Node's fs can come from another realm (jest's sandbox). */
function isErrnoException(error: unknown): error is NodeJS.ErrnoException {
  return typeof error === "object" && error !== null && "code" in error;
}
