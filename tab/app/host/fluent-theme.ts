import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  type Theme,
} from "@fluentui/react-components";
import type { ThemeName } from "./theme-name";

const FLUENT_THEMES: Readonly<Record<ThemeName, Theme>> = {
  default: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

/** The Fluent UI theme matching a Teams theme. */
export function fluentTheme(name: ThemeName): Theme {
  return FLUENT_THEMES[name];
}
