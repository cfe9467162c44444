import type { QuestionnaireCampaignRunner } from "../bot/campaign/questionnaire-campaign-runner";
import type { Logger } from "./logger";

/**
 * Runs the questionnaire campaigns in the background: every interval (reminders, late installs), and at
 * once when HR launches one. Runs never overlap; a failed run is logged and the next one tries again.
 * Safe with several servers: the delivery log lets each message key go out once.
 */
export class CampaignScheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();
  private stopped = false;
  private tickQueued = false;

  constructor(
    private readonly runner: QuestionnaireCampaignRunner,
    private readonly log: Logger,
    private readonly intervalMs: number,
  ) {}

  start(): void {
    this.timer = setInterval(() => {
      if (this.tickQueued) return; // the previous tick has not run yet: never pile up
      this.tickQueued = true;
      this.enqueue(async () => {
        this.tickQueued = false;
        await this.runner.runAll();
      });
    }, this.intervalMs);
    this.timer.unref();
  }

  /** Sends what is due for one wave as soon as the current run ends (HR just launched its campaign). */
  runSoon(waveId: string): void {
    this.enqueue(async () => {
      const count = await this.runner.runWave(waveId);
      this.log.info({ waveId, count }, "questionnaire campaign messages handed to the sender");
    });
  }

  /** Stops the timer and waits for the run under way. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  private enqueue(run: () => Promise<void>): void {
    if (this.stopped) return;
    this.running = this.running
      .then(run)
      .catch((error: unknown) => this.log.error({ err: error }, "campaign run failed"));
  }
}
