/**
 * The JSON contract of HR's dashboard routes, as zod schemas that the routes parse their answer with: only
 * the fields named here leave the server (unknown keys are stripped), so a field added to a domain type —
 * a comment, an email — cannot reach HR by accident. The types are core's (core/dashboard/).
 */
import { z } from "zod";

const figure = z.union([
  z.object({ suppressed: z.literal(true) }),
  z.object({ suppressed: z.literal(false), value: z.number() }),
]);

const ratings = z.union([
  z.object({ suppressed: z.literal(true) }),
  z.object({
    suppressed: z.literal(false),
    count: z.number(),
    mean: z.number(),
    distribution: z.tuple([z.number(), z.number(), z.number(), z.number(), z.number()]),
  }),
]);

const member = z.object({ id: z.string(), displayName: z.string() });

const uplift = z.object({
  themeId: z.string(),
  people: figure,
  baseline: figure,
  final: figure,
  uplift: figure,
});

/** GET /api/hr/waves/:waveId/dashboard → WaveDashboard. */
export const waveDashboardSchema = z.object({
  waveId: z.string(),
  waveName: z.string(),
  state: z.string(),
  asOf: z.string(),
  computedAt: z.string(),
  themes: z.array(
    z.object({ id: z.string(), labels: z.object({ fr: z.string(), en: z.string(), nl: z.string() }) }),
  ),
  plannedSessions: z.number(),
  pairCount: z.number(),
  heldSessions: z.number(),
  heldPerPair: z.number(),
  funnel: z.array(z.object({ stage: z.string(), people: figure, shareOfEnrolled: figure })),
  sessionsPerMonth: z.array(z.object({ month: z.string(), held: z.number() })),
  pairsAtRiskTotal: z.number(),
  pairsAtRisk: z.array(
    z.object({
      pairId: z.string(),
      mentor: member,
      mentees: z.array(member),
      daysWithoutSession: z.number(),
      lastHeldAt: z.string().optional(),
      lastActivityAt: z.string().optional(),
    }),
  ),
  satisfaction: z.object({
    all: ratings,
    mentors: ratings,
    mentees: ratings,
    respondents: figure,
    wouldRecommend: figure,
  }),
  uplift: z.array(uplift),
  overallUplift: uplift,
  demandSupply: z.array(
    z.object({
      themeId: z.string(),
      demand: figure,
      demandShare: figure,
      supply: figure,
      supplyShare: figure,
    }),
  ),
});

const side = z.object({ waveId: z.string(), waveName: z.string(), state: z.string() });

/** GET /api/hr/dashboard/compare?a=&b= → WaveComparison. */
export const waveComparisonSchema = z.object({
  a: side,
  b: side,
  rows: z.array(z.object({ metric: z.string(), key: z.string().optional(), a: figure, b: figure })),
});

/** The dashboard's query: `refresh=1` recomputes the wave's snapshot before answering. */
export const refreshQuerySchema = z.object({ refresh: z.string().max(10).optional() }).catch({});

/** The query of the comparison: two wave ids. */
export const compareQuerySchema = z.object({
  a: z.string().min(1).max(200),
  b: z.string().min(1).max(200),
});

/** The dashboard as served: the figures and when they were computed (`computedAt`, ISO). */
export type { ServedDashboard as WaveDashboard } from "../../core/dashboard/dashboard-snapshot";
export type { WaveComparison, ComparisonRow } from "../../core/dashboard/wave-comparison";
export type { Figure } from "../../core/dashboard/dashboard-figures";
