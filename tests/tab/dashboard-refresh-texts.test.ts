/** The dashboard's freshness texts: every language has every text, none empty, and the time is shown. */
import { DASHBOARD_REFRESH_TEXTS } from "../../tab/app/texts/dashboard-refresh-texts";

describe("the dashboard's Updated and Refresh texts", () => {
  it.each(["fr", "en", "nl"] as const)("%s_hasEveryTextNonEmpty_andUpdatedShowsTheTime", (language) => {
    const t = DASHBOARD_REFRESH_TEXTS[language];
    for (const s of [t.refresh, t.refreshing, t.refreshFailed]) expect(s.trim()).not.toBe("");
    expect(t.updated("15/12/2026 13:00")).toContain("15/12/2026 13:00");
  });

  it("theLanguages_differ", () => {
    const refresh = new Set(Object.values(DASHBOARD_REFRESH_TEXTS).map((t) => t.refresh));
    expect(refresh.size).toBe(3);
  });
});
