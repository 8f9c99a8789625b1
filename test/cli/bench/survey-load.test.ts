// The survey bench's load run: every submission carries a fresh token, so each one is stored and counted.
import { describe, expect, it } from "vitest";
import { measureSubmissions } from "../../../src/cli/bench/survey-load.js";
import { backends } from "../../support/databases.js";

describe.each(backends)("bench survey load on %s", (backend) => {
  it("stores every answered submission once, with its counters", async () => {
    const figures = await measureSubmissions(backend, 1, 4);
    expect(figures.unexpected).toBe(0);
    expect(figures.accepted).toBeGreaterThan(0);
    // A request the load generator gave up on at the very end may be stored unanswered; none is answered unstored.
    expect(figures.stored).toBeGreaterThanOrEqual(figures.accepted);
    expect(figures.countersAgree).toBe(true);
  }, 60_000);
});
