/** What a team channel's Tandem tab shows: the Programme (HR) page; HR access is still checked per reader. */
export interface ChannelTabSettings {
  readonly entityId: string;
  readonly contentUrl: string;
  readonly websiteUrl: string;
  readonly suggestedDisplayName: string;
}

/** The part of teams-js `pages.config` the configuration page uses (a fake in tests). */
export interface PagesConfig {
  registerOnSaveHandler(
    handler: (event: { notifySuccess(): void; notifyFailure(reason?: string): void }) => void,
  ): void;
  setConfig(settings: ChannelTabSettings): Promise<void>;
  setValidityState(valid: boolean): void;
}

/** The channel tab's settings for the tab served at `origin` (the manifest's ${{TAB_ENDPOINT}}). */
export function channelTabSettings(origin: string): ChannelTabSettings {
  return {
    entityId: "programme-team",
    contentUrl: `${origin}/tab/?inTeams=1&page=hr`,
    websiteUrl: `${origin}/tab/?page=hr`,
    suggestedDisplayName: "Tandem",
  };
}

/**
 * Lets Teams save the channel tab: nothing to choose, so the Save button is enabled at once and saving stores
 * the Programme page. A failed save is reported to Teams (which keeps the dialog open) rather than swallowed.
 */
export function enableChannelTabSave(config: PagesConfig, settings: ChannelTabSettings): void {
  config.registerOnSaveHandler((event) => {
    config.setConfig(settings).then(
      () => event.notifySuccess(),
      (error: unknown) => event.notifyFailure(error instanceof Error ? error.message : String(error)),
    );
  });
  config.setValidityState(true);
}
