/** The three Teams themes; the browser's preferences map onto the same names. */
export type ThemeName = "default" | "dark" | "contrast";

/** Teams' theme string as a ThemeName; unknown values (future themes) fall back to the light one. */
export function toThemeName(value: string | null | undefined): ThemeName | undefined {
  if (value === "default" || value === "dark" || value === "contrast") return value;
  return undefined;
}
