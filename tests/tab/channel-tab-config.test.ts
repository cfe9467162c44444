/** The team channel tab's configuration page logic: what it saves and how it answers Teams. */
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  channelTabSettings,
  enableChannelTabSave,
  type ChannelTabSettings,
  type PagesConfig,
} from "../../tab/app/host/channel-tab-config";
import { CHANNEL_TAB_TEXTS } from "../../tab/app/host/channel-tab-texts";

/** A stand-in for teams-js pages.config that records what the page does and lets the test press Save. */
function fakePagesConfig(setConfig: (settings: ChannelTabSettings) => Promise<void> = async () => undefined) {
  const calls = { valid: [] as boolean[], saved: [] as ChannelTabSettings[], outcome: [] as string[] };
  let onSave: Parameters<PagesConfig["registerOnSaveHandler"]>[0] | undefined;
  const config: PagesConfig = {
    registerOnSaveHandler: (handler) => {
      onSave = handler;
    },
    setConfig: async (settings) => {
      calls.saved.push(settings);
      await setConfig(settings);
    },
    setValidityState: (valid) => calls.valid.push(valid),
  };
  const pressSave = () =>
    new Promise<void>((resolve) => {
      onSave!({
        notifySuccess: () => {
          calls.outcome.push("success");
          resolve();
        },
        notifyFailure: (reason) => {
          calls.outcome.push(`failure: ${reason}`);
          resolve();
        },
      });
    });
  return { config, calls, pressSave };
}

describe("channel tab configuration", () => {
  it("saves the Programme (HR) page of the same host as the channel tab's content", () => {
    const settings = channelTabSettings("https://tandem.contoso.com");

    expect(settings.contentUrl).toBe("https://tandem.contoso.com/tab/?inTeams=1&page=hr");
    expect(settings.websiteUrl).toBe("https://tandem.contoso.com/tab/?page=hr");
    expect(settings.entityId).toBe("programme-team");
  });

  it("saves the entity id the manifest's configurable tab declares", () => {
    const manifest = JSON.parse(
      readFileSync(path.join(__dirname, "../../manifest/manifest.json"), "utf8"),
    ) as {
      configurableTabs: { id: string }[];
    };

    expect(channelTabSettings("https://x.example").entityId).toBe(manifest.configurableTabs[0]!.id);
  });

  it("enables Save at once and, when Teams saves, stores the settings then reports success", async () => {
    const fake = fakePagesConfig();
    const settings = channelTabSettings("https://tandem.contoso.com");

    enableChannelTabSave(fake.config, settings);
    expect(fake.calls.valid).toEqual([true]);
    await fake.pressSave();

    expect(fake.calls.saved).toEqual([settings]);
    expect(fake.calls.outcome).toEqual(["success"]);
  });

  it("reports a failed save to Teams with its reason instead of success", async () => {
    const fake = fakePagesConfig(async () => {
      throw new Error("host refused");
    });

    enableChannelTabSave(fake.config, channelTabSettings("https://tandem.contoso.com"));
    await fake.pressSave();

    expect(fake.calls.outcome).toEqual(["failure: host refused"]);
  });

  it("has every text in French, English and Dutch, none empty", () => {
    for (const language of ["fr", "en", "nl"] as const) {
      const texts = CHANNEL_TAB_TEXTS[language];
      for (const text of [texts.title, texts.explanation, texts.failed]) expect(text.trim()).not.toBe("");
    }
  });
});
