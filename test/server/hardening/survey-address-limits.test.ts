// Survey stuffing: one address rotating its User-Agent is stopped per address + unit and per address; a kiosk is not.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerKiosk } from "../../../src/db/index.js";
import { submissionsPerAddress } from "../../../src/server/survey/survey-limits.js";
import { encodeFields, seekerFields, submit } from "../../support/survey-forms.js";
import { startSurveyServer, testUnits, type SurveyServer } from "../../support/survey-server.js";

describe("survey limits per address", () => {
  let server: SurveyServer;
  beforeAll(async () => {
    server = await startSurveyServer(
      "pglite",
      {},
      { surveyAddressLimits: { perAddressUnitHour: submissionsPerAddress.perAddressUnitHour, perAddressHour: 80 } },
    );
  });
  afterAll(async () => server?.close());

  const stored = async () =>
    Number(
      (
        await server.database.db
          .selectFrom("responses")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  let kioskToken = "";
  const kioskSubmit = (address: string) =>
    server.app.inject({
      method: "POST",
      url: `/k/${kioskToken}/seeker`,
      remoteAddress: address,
      headers: { "content-type": "application/x-www-form-urlencoded", "user-agent": "kiosk-tablet" },
      payload: encodeFields({
        token: `kiosk-key-${Math.random().toString(36).slice(2)}-0000`,
        ...seekerFields(9),
        duration: "60",
        clientTime: new Date().toISOString(),
      }),
    });

  it(`stops a rotating User-Agent at ${submissionsPerAddress.perAddressUnitHour} submissions to one unit, with a Russian page`, async () => {
    const address = "203.0.113.7";
    for (let i = 0; i < submissionsPerAddress.perAddressUnitHour; i++) {
      // A new User-Agent every time: the old per-device limit alone let all of these through.
      const { response } = await submit(server.app, testUnits.open, "seeker", seekerFields(8), { agent: `rotating/${i}`, address });
      expect(response.statusCode).toBe(303);
    }
    const before = await stored();
    const { response } = await submit(server.app, testUnits.open, "seeker", seekerFields(8), { agent: "rotating/next", address });
    expect(response.statusCode).toBe(429);
    expect(response.headers["content-type"]).toContain("text/html");
    expect(response.body).toContain("Слишком много анкет с этого адреса");
    expect(await stored()).toBe(before);
    // Another address is not affected.
    expect((await submit(server.app, testUnits.open, "seeker", seekerFields(8), { address: "203.0.113.8" })).response.statusCode).toBe(303);
  });

  it("stops one address across units at the per-address limit, while a kiosk at that address keeps working", async () => {
    const address = "198.51.100.20";
    const kiosk = await registerKiosk(server.database.db, testUnits.open, "Планшет в зале");
    kioskToken = kiosk.token;
    let accepted = 0;
    let refused = 0;
    for (let i = 0; i < 90; i++) {
      const unit = i % 2 === 0 ? testUnits.open : testUnits.other;
      const { response } = await submit(server.app, unit, "seeker", seekerFields(8), { agent: `rotating-b/${i}`, address });
      if (response.statusCode === 303) accepted++;
      else if (response.statusCode === 429) refused++;
    }
    expect(accepted).toBe(80);
    expect(refused).toBe(10);
    for (let i = 0; i < 5; i++) expect((await kioskSubmit(address)).statusCode).toBe(303);
  });

  it("counts IPv6 clients by their /64", async () => {
    const server6 = await startSurveyServer("pglite", {}, { surveyAddressLimits: { perAddressUnitHour: 3, perAddressHour: 100 } });
    try {
      const codes: number[] = [];
      for (let i = 1; i <= 4; i++)
        codes.push((await submit(server6.app, testUnits.open, "seeker", seekerFields(8), { address: `2001:db8:1:2::${i}` })).response.statusCode);
      expect(codes).toEqual([303, 303, 303, 429]);
    } finally {
      await server6.close();
    }
  });
});
