// Samples realistic answers from a methodology's form: correlated with the unit's quality, follow-ups by their conditions.

import type { AnswerField, AnswerValue, Methodology, ProfileField, QuestionDef, ResponseMeta, SurveyResponse, View } from "../../core/index.js";
import { BOOKING_CHANNELS, NEGATIVE_NOTES, OTHER_ANSWERS, POSITIVE_NOTES, SUGGESTIONS } from "./comment-texts.js";
import { hash32, type Rng } from "./prng.js";

/** Who answers, where, when. */
export interface SampleRequest {
  readonly id: string;
  readonly unit: string;
  readonly view: View;
  readonly submittedAt: string;
  /** The unit's latent quality (≈ N(0, 0.7)). */
  readonly quality: number;
  /** Channels the unit offers: preferred channels lean towards them. */
  readonly offeredChannels: ReadonlySet<string>;
  readonly excluded?: boolean;
}

/** Draws one response per request. */
export interface ResponseSampler {
  sample(request: SampleRequest): SurveyResponse;
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
const bell = (n: number): number[] => Array.from({ length: n }, (_, i) => Math.exp(-((i - (n - 1) / 2) ** 2) / (2 * Math.max(1, n / 3) ** 2)));

interface PreparedForm {
  readonly questions: readonly QuestionDef[];
  /** Per question: whether it has several independent scales (q15's channels). */
  readonly multiScale: readonly boolean[];
  /** Gateway key → the value that opens its follow-ups. */
  readonly gateways: ReadonlyMap<string, string>;
  readonly offsets: ReadonlyMap<string, number>;
  readonly channelKeys: ReadonlySet<string>;
  readonly closingKey: string;
  readonly profile: readonly ProfileField[];
}

function prepare(m: Methodology, view: View): PreparedForm {
  const form = m.forms[view];
  const fields = form.questions.flatMap((q) => q.parts);
  return {
    questions: form.questions,
    multiScale: form.questions.map((q) => q.parts.filter((p) => p.type === "scale" && !p.when).length > 1),
    gateways: new Map(fields.flatMap((f) => (f.when ? [[f.when.key, f.when.equals] as const] : []))),
    offsets: new Map(fields.map((f) => [f.key, ((hash32(f.key) % 1000) / 1000 - 0.5) * 1.2])),
    channelKeys: new Set(fields.filter((f) => f.type === "choice" && f.options.some((o) => o.channel)).map((f) => f.key)),
    closingKey: form.closing.key,
    profile: form.profile.fields,
  };
}

/** A sampler over the methodology's two forms. */
export function createResponseSampler(m: Methodology, rng: Rng): ResponseSampler {
  const forms = { seeker: prepare(m, "seeker"), employer: prepare(m, "employer") };
  const { min, max, undecidedValue } = m.scale;

  function note(value: number): string | undefined {
    const p = value <= 4 ? 0.12 : value >= 9 ? 0.03 : 0.012;
    if (!rng.chance(p)) return undefined;
    return rng.pick(value <= 5 ? NEGATIVE_NOTES : POSITIVE_NOTES);
  }

  function choice(field: Extract<AnswerField, { type: "choice" }>, form: PreparedForm, quality: number, mood: number, offered: ReadonlySet<string>): string {
    const options = field.options;
    const wanted = form.gateways.get(field.key);
    if (wanted !== undefined) {
      if (rng.chance(0.25)) return wanted;
      const other = options[rng.int(options.length)]!.value;
      return other === wanted ? (options.find((o) => o.value !== wanted)?.value ?? wanted) : other;
    }
    if (form.channelKeys.has(field.key)) {
      const weights = options.map((o, i) => (o.other ? 0.35 : (i === 0 ? 5 : 1.2) * (o.channel && !offered.has(o.channel) ? 0.3 : 1)));
      return options[rng.weighted(weights)]!.value;
    }
    if (rng.chance(sigmoid(0.9 + quality + 0.4 * mood))) return options[0]!.value;
    return options.length > 1 ? rng.pick(options.slice(1)).value : options[0]!.value;
  }

  function profile(form: PreparedForm): Record<string, string | string[]> | undefined {
    if (!rng.chance(0.85)) return undefined;
    const out: Record<string, string | string[]> = {};
    for (const f of form.profile) {
      if (rng.chance(0.05)) continue;
      if (f.type === "single") {
        const option = f.options[rng.weighted(bell(f.options.length).map((w, i) => (f.options[i]?.other ? 0.05 : w)))]!;
        out[f.key] = option.value;
        if (option.other && f.otherKey) out[f.otherKey] = rng.pick(["некоммерческая организация", "индивидуальный предприниматель", "казённое учреждение"]);
      } else {
        const exclusive = f.options.find((o) => o.exclusive);
        const regular = f.options.filter((o) => !o.exclusive);
        if (exclusive && rng.chance(0.45)) out[f.key] = [exclusive.value];
        else {
          const first = rng.pick(regular),
            second = rng.pick(regular);
          out[f.key] = first === second || rng.chance(0.6) ? [first.value] : [first.value, second.value];
        }
      }
    }
    return out;
  }

  const collection = ["qr", "link", "kiosk", "paper"] as const;
  const collectionWeights = [55, 25, 15, 5];
  function meta(): ResponseMeta {
    return {
      channel: collection[rng.weighted(collectionWeights)] ?? "qr",
      durationSec: Math.round(200 * Math.exp(0.5 * rng.normal())),
      device: `d:${rng.int(0x7fffffff).toString(16)}`,
    };
  }

  return {
    sample(req) {
      const form = forms[req.view];
      const answers: Record<string, AnswerValue> = {};
      const comments: Record<string, string> = {};
      const mood = rng.normal() * 0.8;
      const base = 8.4 + 1.1 * req.quality + mood;
      for (let qi = 0; qi < form.questions.length; qi++) {
        const q = form.questions[qi]!;
        const multiScale = form.multiScale[qi];
        let lastScale: number | undefined;
        for (let pi = 0; pi < q.parts.length; pi++) {
          const part = q.parts[pi]!;
          if (part.when && answers[part.when.key] !== part.when.equals) continue;
          if (part.type === "scale") {
            if (rng.chance(multiScale ? (pi === 0 ? 0.1 : 0.5) : 0.02)) continue;
            const raw = Math.round(base + (form.offsets.get(part.key) ?? 0) + rng.normal() * 1.3);
            const value = rng.chance(0.04) ? undecidedValue : Math.min(max, Math.max(min, raw));
            answers[part.key] = value;
            lastScale = value;
            const text = part.note ? note(value) : undefined;
            if (part.note && text) comments[part.note] = text;
          } else if (part.type === "choice") {
            if (!rng.chance(0.03)) answers[part.key] = choice(part, form, req.quality, mood, req.offeredChannels);
          } else if (rng.chance(0.8)) {
            answers[part.key] = rng.pick(part.when && form.channelKeys.has(part.when.key) ? OTHER_ANSWERS : BOOKING_CHANNELS);
          }
        }
        const text = q.note && lastScale !== undefined ? note(lastScale) : undefined;
        if (q.note && text) comments[q.note] = text;
      }
      if (rng.chance(0.05)) comments[form.closingKey] = rng.pick(SUGGESTIONS);
      const p = profile(form);
      const response: { -readonly [K in keyof SurveyResponse]: SurveyResponse[K] } = {
        id: req.id,
        unit: req.unit,
        respondent: req.view,
        submittedAt: req.submittedAt,
        answers,
      };
      for (const _ in comments) {
        response.comments = comments;
        break;
      }
      if (p) response.profile = p;
      response.meta = meta();
      response.excluded = req.excluded ?? false;
      return response;
    },
  };
}
