// The load generator of `bench survey`, in its own thread so the server under test keeps the main one.
import { parentPort, workerData } from "node:worker_threads";
import autocannon from "autocannon";

/** What the main thread hands over: the server, the run's length, and ready request bodies (one fresh token each). */
export interface LoadOrder {
  url: string;
  durationSec: number;
  connections: number;
  requests: { path: string; body: string }[];
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
        const next = order.requests[sent % order.requests.length] as LoadOrder["requests"][number];
        sent++;
        // A distinct browser per submission, so the per-device hourly limit never trips.
        return { ...request, path: next.path, body: next.body, headers: { "content-type": "application/x-www-form-urlencoded", "user-agent": `bench/${sent}` } };
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
