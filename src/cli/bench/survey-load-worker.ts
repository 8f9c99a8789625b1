// The load generator of `bench survey`, in its own thread so the server under test keeps the main one.
import { parentPort, workerData } from "node:worker_threads";
import autocannon from "autocannon";
import { issueFormToken } from "../../server/index.js";

/** What the main thread hands over: the server and its secret, the run's length, the centres and the answers to send. */
export interface LoadOrder {
  url: string;
  durationSec: number;
  connections: number;
  /** The server's secret, to sign a fresh form token for every submission. */
  secret: string;
  units: readonly string[];
  /** The questionnaire's fields after the token, urlencoded. */
  answers: string;
}

const order = workerData as LoadOrder;
/** The aggregation autocannon exports but its typings leave out. */
const aggregate = (autocannon as unknown as { aggregateResult(results: unknown[], opts: object): autocannon.Result }).aggregateResult;

let sent = 0;
const started = performance.now();
const raw = await autocannon({
  url: order.url,
  duration: order.durationSec,
  connections: order.connections,
  requests: [
    {
      method: "POST",
      setupRequest: (request) => {
        const unit = order.units[sent % order.units.length] as string;
        sent++;
        // A fresh token per submission, as a browser gets with each rendered form, so none is a duplicate;
        // and a distinct browser at a distinct address (the server trusts loopback as a proxy) per
        // submission, so the per-device and per-address hourly limits never trip.
        const body = `token=${issueFormToken(order.secret, unit, "seeker")}&${order.answers}`;
        return {
          ...request,
          path: `/s/${unit}/seeker`,
          body,
          headers: {
            "content-type": "application/x-www-form-urlencoded",
            "user-agent": `bench/${sent}`,
            "x-forwarded-for": `10.${(sent >> 16) & 255}.${(sent >> 8) & 255}.${sent & 255}`,
          },
        };
      },
    },
  ],
});
const seconds = (performance.now() - started) / 1000;
// Inside a worker autocannon hands back its raw histograms, for the caller to aggregate.
const result = aggregate([raw], { url: order.url, connections: order.connections, duration: order.durationSec });
const answered = result["1xx"] + result["2xx"] + result["3xx"] + result["4xx"] + result["5xx"];
parentPort?.postMessage({
  requestsPerSec: answered / seconds,
  p50: result.latency.p50,
  p99: result.latency.p99,
  answered,
  redirected: result["3xx"],
  failed: result.errors + result.timeouts,
  sent,
});
