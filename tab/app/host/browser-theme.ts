import { useSyncExternalStore } from "react";
import { toThemeName, type ThemeName } from "./theme-name";

const DARK = "(prefers-color-scheme: dark)";
const FORCED_COLORS = "(forced-colors: active)";

/** `?theme=dark|contrast|default` forces a theme, in Teams too (screenshots, tests). */
export function themeFromQuery(search: string = window.location.search): ThemeName | undefined {
  return toThemeName(new URLSearchParams(search).get("theme"));
}

/** The browser's colour preference as a Teams theme name, kept up to date when it changes. */
export function useBrowserTheme(): ThemeName {
  return useSyncExternalStore(subscribe, browserTheme, () => "default");
}

function browserTheme(): ThemeName {
  if (window.matchMedia(FORCED_COLORS).matches) return "contrast";
  return window.matchMedia(DARK).matches ? "dark" : "default";
}

function subscribe(onChange: () => void): () => void {
  const queries = [DARK, FORCED_COLORS].map((query) => window.matchMedia(query));
  for (const query of queries) query.addEventListener("change", onChange);
  return () => {
    for (const query of queries) query.removeEventListener("change", onChange);
  };
}
