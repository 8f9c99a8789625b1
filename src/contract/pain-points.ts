// The contract of the pain-point routes (/api/loop/pain-points, …/evidence, /api/loop/heatmap, /api/loop/country-pain):
// zod response schemas the server declares and serialises with, and the types the admin app imports.
import { z } from "zod";

const unitRefSchema = z.object({ id: z.string(), kind: z.enum(["country", "region", "managing", "territorial"]), name: z.string() });
const interval = z.tuple([z.number(), z.number()]);
const surveyView = z.enum(["seeker", "employer"]);

export const painViewSchema = z.enum(["seeker", "employer", "combined"]);
export const painBenchmarkSchema = z.enum(["region", "peers", "country", "previous", "target"]);

/** One comparison of an indicator's share with a benchmark (shares 0..1; gap = share − benchmarkShare). */
export const painComparisonSchema = z.object({
  benchmark: painBenchmarkSchema,
  benchmarkName: z.string(),
  share: z.number(),
  valid: z.number(),
  benchmarkShare: z.number(),
  benchmarkValid: z.number(),
  gap: z.number(),
  interval,
  pValue: z.number(),
  significant: z.boolean(),
  points: z.number(),
});

/** A pain point as screens show it; `points` are the index points recoverable at the benchmark. */
export const painPointSchema = z.object({
  indicator: z.string(),
  name: z.string(),
  group: z.string(),
  view: surveyView,
  part: z.enum(["survey", "objective"]),
  share: z.number(),
  benchmark: painBenchmarkSchema,
  benchmarkName: z.string(),
  benchmarkShare: z.number(),
  gap: z.number(),
  interval,
  points: z.number(),
  priority: z.enum(["now", "later"]),
  priorityLabel: z.string(),
  trend: z.enum(["up", "down", "flat", "unknown"]),
  trendLabel: z.string(),
  sentence: z.string(),
  comparisons: z.array(painComparisonSchema),
  questions: z.array(z.object({ key: z.string(), number: z.number(), text: z.string(), noteKey: z.string().optional() })),
});

/** GET /api/loop/pain-points. */
export const painPointsResponseSchema = z.object({
  unit: unitRefSchema,
  period: z.string(),
  previousPeriod: z.string(),
  view: painViewSchema,
  settings: z.string(),
  falseDiscoveryRate: z.number(),
  tested: z.number(),
  painPoints: z.array(painPointSchema),
});

/** GET /api/loop/pain-points/:indicator/evidence: the answers, the share over the last periods, the respondents' notes. */
export const painEvidenceResponseSchema = z.object({
  unit: unitRefSchema,
  period: z.string(),
  view: painViewSchema,
  indicator: z.object({ code: z.string(), name: z.string(), title: z.string() }),
  distributions: z.array(
    z.object({
      view: surveyView,
      key: z.string(),
      number: z.number(),
      text: z.string(),
      total: z.number(),
      options: z.array(z.object({ value: z.string(), label: z.string(), count: z.number(), share: z.number(), positive: z.boolean() })),
    }),
  ),
  trend: z.array(
    z.object({ period: z.string(), view: surveyView, valid: z.number(), share: z.number().optional(), ci: interval.optional(), region: z.number().optional() }),
  ),
  notes: z.array(
    z.object({
      responseId: z.string(),
      submittedAt: z.string(),
      unit: unitRefSchema,
      respondent: surveyView,
      question: z.string(),
      questionText: z.string(),
      answer: z.union([z.string(), z.number()]).optional(),
      text: z.string(),
    }),
  ),
});

/** GET /api/loop/heatmap: a region's (or managing centre's) centres × indicators, each cell the worst significant gap. */
export const painHeatmapResponseSchema = z.object({
  unit: unitRefSchema,
  period: z.string(),
  view: painViewSchema,
  indicators: z.array(z.object({ code: z.string(), name: z.string(), group: z.string() })),
  rows: z.array(
    z.object({
      unit: unitRefSchema,
      count: z.number(),
      cells: z.array(
        z.object({
          indicator: z.string(),
          gapPoints: z.number().optional(),
          points: z.number().optional(),
          part: z.enum(["survey", "objective"]).optional(),
          sentence: z.string().optional(),
        }),
      ),
    }),
  ),
});

/** GET /api/loop/country-pain: indicators by how many regions have them as a pain point (`most` from `threshold` on). */
export const countryPainResponseSchema = z.object({
  period: z.string(),
  view: painViewSchema,
  regions: z.number(),
  threshold: z.number(),
  indicators: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      group: z.string(),
      regions: z.array(unitRefSchema),
      share: z.number(),
      most: z.boolean(),
      meanPoints: z.number(),
    }),
  ),
});

export type PainView = z.infer<typeof painViewSchema>;
export type PainBenchmark = z.infer<typeof painBenchmarkSchema>;
export type PainComparisonItem = z.infer<typeof painComparisonSchema>;
export type PainPointItem = z.infer<typeof painPointSchema>;
export type PainPointsResponse = z.infer<typeof painPointsResponseSchema>;
export type PainEvidenceResponse = z.infer<typeof painEvidenceResponseSchema>;
export type PainHeatmapResponse = z.infer<typeof painHeatmapResponseSchema>;
export type CountryPainResponse = z.infer<typeof countryPainResponseSchema>;
