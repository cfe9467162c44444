/**
 * Theme demand against supply for the dashboard: the needs analysis (core/needs-analytics.ts) with every
 * count of people behind the privacy rule, and shares so that waves of different sizes compare.
 */
import { needsAnalytics } from "../needs-analytics";
import type { Participant } from "../participant";
import type { QuestionnaireResponse } from "../questionnaire";
import type { Wave } from "../wave";
import { peopleFigure, shareFigure, type Figure } from "./dashboard-figures";

export interface ThemeDemandSupply {
  readonly themeId: string;
  /** Mentees who ranked the theme among their needs, and their share of the mentees who answered. */
  readonly demand: Figure;
  readonly demandShare: Figure;
  /** Mentors who offer the theme, and their share of the mentors who answered. */
  readonly supply: Figure;
  readonly supplyShare: Figure;
}

/** Demand and supply per theme of the wave's catalogue (themes answered but since removed come last). */
export function themeDemandSupply(
  wave: Wave,
  participants: readonly Participant[],
  responses: readonly QuestionnaireResponse[],
): ThemeDemandSupply[] {
  const needs = needsAnalytics({ wave, participants, responses, language: wave.defaultLanguage ?? "en" });
  return needs.themes.map((t) => ({
    themeId: t.themeId,
    demand: peopleFigure(t.menteesTop3),
    demandShare: shareFigure(t.menteesTop3, needs.menteesAnswered),
    supply: peopleFigure(t.mentorsOffering),
    supplyShare: shareFigure(t.mentorsOffering, needs.mentorsAnswered),
  }));
}
