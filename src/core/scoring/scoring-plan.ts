// Compiles a methodology into the dense layout the engine scores with: counter slots per indicator, groups, sources.

import { RESPONSE_COUNT_KEY, VIEWS } from "../counters/counter-cell.js";
import { formIndex } from "../methodology/form-index.js";
import type { IndicatorDef, Methodology, PeriodRule } from "../methodology/methodology-types.js";

/** An indicator with the slots of its survey counts (-1 when it has no survey part). */
export interface PlanIndicator {
  readonly def: IndicatorDef;
  readonly group: number;
  readonly positiveSlot: number;
  readonly validSlot: number;
}

/** A group and the indices of its indicators. */
export interface PlanGroup {
  readonly code: string;
  readonly max: number;
  readonly members: readonly number[];
}

/** М5-style survey part: per-option own counts, matched against each unit's channel set before pooling. */
export interface ChannelMatchPlan {
  readonly indicator: number;
  readonly options: readonly { readonly slot: number; readonly bit: number }[];
}

/** The compiled methodology. Counts per unit are `Float64Array`s of `slotCount` slots. */
export interface ScoringPlan {
  readonly methodology: Methodology;
  readonly slotCount: number;
  readonly responseSlot: number;
  readonly indicators: readonly PlanIndicator[];
  readonly groups: readonly PlanGroup[];
  /** Which slots a counter (key, value) adds to. */
  readonly contributions: ReadonlyMap<string, ReadonlyMap<string, readonly number[]>>;
  readonly channelMatches: readonly ChannelMatchPlan[];
  /** Bit of each channel code in a channel set. */
  readonly channelBits: ReadonlyMap<string, number>;
  /** The period rule of channel entries (from the channel-coverage indicator, else inside-or-containing). */
  readonly channelRule: PeriodRule;
}

const cache = new WeakMap<Methodology, ScoringPlan>();

function compile(m: Methodology): ScoringPlan {
  let slotCount = 0;
  const contributions = new Map<string, Map<string, number[]>>();
  const contribute = (key: string, value: string, slot: number): void => {
    let values = contributions.get(key);
    if (!values) contributions.set(key, (values = new Map()));
    const list = values.get(value);
    if (list) list.push(slot);
    else values.set(value, [slot]);
  };
  const responseSlot = slotCount++;
  contribute(RESPONSE_COUNT_KEY, "", responseSlot);
  const channelBits = new Map(m.channels.map((c, i) => [c.code, 1 << i]));
  const channelMatches: ChannelMatchPlan[] = [];
  const optionValues = (key: string): Map<string, string | undefined> => {
    const out = new Map<string, string | undefined>();
    for (const view of VIEWS) {
      const field = formIndex(m, view).byKey.get(key);
      if (field?.type === "choice") for (const o of field.options) out.set(o.value, o.channel);
    }
    return out;
  };
  const indicators = m.indicators.map((def, index): PlanIndicator => {
    const group = m.groups.findIndex((g) => g.code === def.group);
    const survey = def.survey;
    if (!survey) return { def, group, positiveSlot: -1, validSlot: -1 };
    const positiveSlot = slotCount++,
      validSlot = slotCount++;
    if (survey.kind === "scaleShare") {
      const { min, max, positiveFrom, undecidedValue, undecidedCounts } = m.scale;
      for (let v = min; v <= max; v++) {
        if (v !== undecidedValue || undecidedCounts) contribute(survey.key, String(v), validSlot);
        if (v >= positiveFrom) contribute(survey.key, String(v), positiveSlot);
      }
    } else if (survey.kind === "optionShare") {
      for (const value of optionValues(survey.key).keys()) {
        contribute(survey.key, value, validSlot);
        if (survey.positive.includes(value)) contribute(survey.key, value, positiveSlot);
      }
    } else if (survey.kind === "channelMatch") {
      const options: { slot: number; bit: number }[] = [];
      for (const [value, channel] of optionValues(survey.key)) {
        const bit = channel === undefined ? undefined : channelBits.get(channel);
        if (bit === undefined) continue;
        const slot = slotCount++;
        contribute(survey.key, value, slot);
        options.push({ slot, bit });
      }
      channelMatches.push({ indicator: index, options });
    } else {
      // The validator refuses unknown kinds; a kind added to the type must be planned here too.
      const unknown: never = survey;
      throw new Error(`indicator ${def.code}: unknown survey kind ${(unknown as { kind: string }).kind}`);
    }
    return { def, group, positiveSlot, validSlot };
  });
  const groups = m.groups.map((g, gi) => ({
    code: g.code,
    max: g.max,
    members: indicators.flatMap((ind, i) => (ind.group === gi ? [i] : [])),
  }));
  const coverage = m.indicators.find((ind) => ind.objective?.kind === "channelCoverage")?.objective;
  return {
    methodology: m,
    slotCount,
    responseSlot,
    indicators,
    groups,
    contributions,
    channelMatches,
    channelBits,
    channelRule: coverage?.periodRule ?? "insideOrContaining",
  };
}

/** The plan of a methodology (compiled once per methodology object). */
export function scoringPlan(m: Methodology): ScoringPlan {
  let plan = cache.get(m);
  if (!plan) cache.set(m, (plan = compile(m)));
  return plan;
}

/** The counter keys scoring reads (`_n` and the survey keys): the database may fetch only these rows. */
export function scoringKeys(m: Methodology): string[] {
  return [...scoringPlan(m).contributions.keys()];
}
