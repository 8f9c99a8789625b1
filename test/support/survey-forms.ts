// Complete questionnaire answers and small HTTP helpers for the survey tests.
import type { FastifyInstance } from "fastify";

/** Form fields as posted (a list for checkboxes). */
export type Fields = Record<string, string | string[]>;

/** A complete seeker questionnaire whose scale answers are all `scale` (q1 may differ). */
export function seekerFields(q1: number, scale = 7): Fields {
  const s = String(scale);
  return {
    q1: String(q1),
    q2: s,
    q3: s,
    q4: "yes",
    q5: s,
    q6: s,
    q7: s,
    q8: s,
    q9: s,
    q10: s,
    q11: s,
    q12: "no",
    q13: "no",
    q14: "office",
    q15office: s,
    q15site: s,
    q15social: s,
    q15phone: s,
    comment: "Всё хорошо",
    gender: "female",
    age: "30-39",
    categories: ["parents_0_6", "school_graduates"],
  };
}

/** A complete employer questionnaire with every follow-up answered. */
export function employerFields(): Fields {
  return {
    q1: "9",
    q2: "8",
    q3: "7",
    q4: "dont_know",
    q5: "6",
    q6: "5",
    q7: "4",
    q8: "3",
    q9: "2",
    q10: "1",
    q11: "10",
    q12: "yes",
    q12r: "8",
    q13: "yes",
    q13ch: "Чат в мессенджере",
    q13r: "9",
    q14: "other",
    q14other: "Выставка вакансий",
    q15office: "10",
    q15site: "9",
    q15social: "8",
    q15phone: "7",
    ownership: "other",
    ownershipOther: "Некоммерческая",
    headcount: "16-100",
    characteristics: ["seasonal_demand"],
  };
}

/** `application/x-www-form-urlencoded` text of the fields. */
export function encodeFields(fields: Fields): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) for (const v of Array.isArray(value) ? value : [value]) params.append(name, v);
  return params.toString();
}

/** The form token of a freshly rendered questionnaire page. */
export function tokenOf(page: string): string {
  const match = /name="token" value="([^"]+)"/.exec(page);
  if (!match?.[1]) throw new Error("no form token on the page");
  return match[1];
}

let agents = 0;
/** A user agent not used before: every test device gets its own rate-limit budget. */
export const freshAgent = (): string => `test-agent/${process.pid}.${++agents}`;

/** GETs the questionnaire and POSTs `fields` with its token (or `token` when given). */
export async function submit(app: FastifyInstance, unit: string, view: string, fields: Fields, o: { token?: string; agent?: string; address?: string } = {}) {
  const agent = o.agent ?? freshAgent();
  const remoteAddress = o.address ?? "127.0.0.1";
  const token = o.token ?? tokenOf((await app.inject({ method: "GET", url: `/s/${unit}/${view}`, headers: { "user-agent": agent }, remoteAddress })).body);
  const response = await app.inject({
    method: "POST",
    url: `/s/${unit}/${view}`,
    headers: { "content-type": "application/x-www-form-urlencoded", "user-agent": agent },
    remoteAddress,
    payload: encodeFields({ token, ...fields }),
  });
  return { response, token };
}
