// Helpers of the objective-data tests: survey counters so that indices exist, JSON calls as a test user, multipart bodies.
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { responseCells, type Methodology, type SurveyResponse } from "../../../src/core/index.js";
import { addCounterCells, type Db } from "../../../src/db/index.js";
import { signIn, type Signed, type TestLogin } from "../../support/auth-server.js";

/** Adds the counters of `count` seeker and employer responses each at `unit` in May 2025, all answers 9 (mostly positive). */
export async function addResponses(db: Db, m: Methodology, unit: string, count = 35): Promise<void> {
  const answers = {
    q1: 9,
    q2: 7,
    q3: 9,
    q4: "yes",
    q5: 9,
    q6: 9,
    q7: 9,
    q8: 9,
    q9: 9,
    q10: 9,
    q11: 9,
    q12: "yes",
    q12r: 9,
    q13: "yes",
    q13ch: "сайт",
    q13r: 9,
    q14: "office",
    q15office: 9,
    q15site: 6,
    q15social: 9,
    q15phone: 9,
  };
  const responses: SurveyResponse[] = [];
  for (const respondent of ["seeker", "employer"] as const) {
    for (let i = 0; i < count; i++) responses.push({ id: `${unit}-${respondent}-${i}`, unit, respondent, submittedAt: "2025-05-14T09:00:00Z", answers });
  }
  await addCounterCells(
    db,
    responses.flatMap((r) => responseCells(r, "Europe/Moscow", m)),
    1,
  );
}

/** A signed-in test user that calls the API with JSON. */
export interface Caller {
  get(url: string): Promise<LightMyRequestResponse>;
  send(method: "PUT" | "POST" | "PATCH" | "DELETE", url: string, body?: object): Promise<LightMyRequestResponse>;
  upload(url: string, file: { name: string; type: string; data: Buffer }, fields?: Record<string, string>): Promise<LightMyRequestResponse>;
  signed: Signed;
}

/** Signs in as `login`. */
export async function callerOf(app: FastifyInstance, login: TestLogin): Promise<Caller> {
  const signed = await signIn(app, login);
  const headers = { cookie: signed.cookie, "x-csrf-token": signed.csrfToken };
  return {
    signed,
    get: (url) => app.inject({ method: "GET", url, headers }),
    send: (method, url, body) =>
      app.inject({
        method,
        url,
        headers: body ? { ...headers, "content-type": "application/json" } : headers,
        ...(body ? { payload: JSON.stringify(body) } : {}),
      }),
    upload: (url, file, fields = {}) => {
      const boundary = "----zvezda-test-boundary";
      const parts: Buffer[] = [];
      for (const [name, value] of Object.entries(fields))
        parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
      parts.push(
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`),
        file.data,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      );
      return app.inject({
        method: "POST",
        url,
        headers: { ...headers, "content-type": `multipart/form-data; boundary=${boundary}` },
        payload: Buffer.concat(parts),
      });
    },
  };
}

/** Answers to every item of a checklist: `no` for the listed item codes, `na` for those in `na`, `yes` for the rest. */
export function answersFor(
  m: Methodology,
  checklist: string,
  no: readonly string[] = [],
  na: readonly string[] = [],
): { item: string; answer: "yes" | "no" | "na" }[] {
  const list = m.checklists.find((c) => c.code === checklist);
  if (!list) throw new Error(`no checklist ${checklist}`);
  return list.items.map((i) => ({ item: i.code, answer: no.includes(i.code) ? "no" : na.includes(i.code) ? "na" : "yes" }));
}
