import type { Logger } from "./logger";

/** A background job over waves: the questionnaire campaign, the pair introductions. */
export interface WaveRunner {
  /** Sends what is due for one wave; returns how many messages were handed to the sender. */
  runWave(waveId: string): Promise<number>;
  /** Sends what is due for every wave it concerns. */
  runAll(): Promise<void>;
}

/**
 * Runs the proactive runners in the background: every interval (reminders, late installs), and at once
 * for one wave when HR launches its campaign or publishes its pairs. Runs never overlap; a failed run is
 * logged and the next one tries again. Safe with several servers: the delivery log lets each message key
 * go out once.
 */
export class CampaignScheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();
  private stopped = false;
  private tickQueued = false;

  constructor(
    private readonly runners: readonly WaveRunner[],
    private readonly log: Logger,
    private readonly intervalMs: number,
  ) {}

  start(): void {
    this.timer = setInterval(() => {
      if (this.tickQueued) return; // the previous tick has not run yet: never pile up
      this.tickQueued = true;
      this.enqueue("scheduled", async () => {
        this.tickQueued = false;
        for (const runner of this.runners) await this.guarded(nameOf(runner), () => runner.runAll());
      });
    }, this.intervalMs);
    this.timer.unref();
  }

  /** Sends what `runner` has due for one wave as soon as the current run ends (HR just launched or published). */
  runSoon(runner: WaveRunner, waveId: string): void {
    this.enqueue(nameOf(runner), async () => {
      const count = await runner.runWave(waveId);
      this.log.info({ waveId, count, runner: nameOf(runner) }, "proactive messages handed to the sender");
    });
  }

  /** Stops the timer and waits for the run under way. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** One runner failing does not keep the next one from running. */
  private async guarded(name: string, run: () => Promise<void>): Promise<void> {
    try {
      await run();
    } catch (error) {
      this.log.error({ err: error, runner: name }, "proactive run failed");
    }
  }

  private enqueue(name: string, run: () => Promise<void>): void {
    if (this.stopped) return;
    this.running = this.running.then(() => this.guarded(name, run));
  }
}

/** The runner's class name, for the logs. */
function nameOf(runner: WaveRunner): string {
  return runner.constructor.name;
}
