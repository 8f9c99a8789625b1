// The trickle of the idle-CPU window (api-idle.ts), in a process of its own: the server's CPU figure then counts the
// server alone, and the submissions arrive over real HTTP as a respondent's would.
import { issueFormToken } from "../../server/index.js";
import { benchAnswers } from "./survey-load.js";

/** What the bench hands over. */
export interface IdleLoadOrder {
  baseUrl: string;
  secret: string;
  units: readonly string[];
  perSec: number;
  seconds: number;
}

/** What the load reports back. */
export interface IdleLoadReport {
  submitted: number;
  refused: number;
  seconds: number;
}

async function trickle(order: IdleLoadOrder): Promise<IdleLoadReport> {
  let submitted = 0,
    refused = 0;
  const started = performance.now();
  while (performance.now() - started < order.seconds * 1000) {
    const unit = order.units[submitted % order.units.length] as string;
    submitted++;
    const status = await fetch(`${order.baseUrl}/s/${unit}/seeker`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", "user-agent": `bench-idle/${submitted}` },
      body: `token=${issueFormToken(order.secret, unit, "seeker")}&${benchAnswers}`,
    }).then(
      async (response) => (await response.arrayBuffer(), response.status),
      () => 0,
    );
    if (status !== 303) refused++;
    const next = started + (submitted * 1000) / order.perSec;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - performance.now())));
  }
  return { submitted, refused, seconds: (performance.now() - started) / 1000 };
}

process.once("message", (order: IdleLoadOrder) => {
  process.send?.({ started: true });
  void trickle(order).then((report) => process.send?.(report, () => process.disconnect()));
});
