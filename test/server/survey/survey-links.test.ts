// Survey URLs: the channel in the query, the unit code encoded, the printed address without a query.
import { describe, expect, it } from "vitest";
import { kioskUrl, qrImagePath, surveyPath, surveyUrl, typedSurveyUrl } from "../../../src/server/index.js";

const base = "https://zvezda.example.ru";

describe("survey links", () => {
  it("tags QR codes with src=qr and links with src=link", () => {
    expect(surveyUrl(base, "32-01", "start", "qr")).toBe("https://zvezda.example.ru/s/32-01?src=qr");
    expect(surveyUrl(base, "32-01", "seeker", "qr")).toBe("https://zvezda.example.ru/s/32-01/seeker?src=qr");
    expect(surveyUrl(base, "32-01", "employer", "link")).toBe("https://zvezda.example.ru/s/32-01/employer?src=link");
    expect(surveyUrl("http://localhost:3000/opros", "32-01", "start", "link")).toBe("http://localhost:3000/opros/s/32-01?src=link");
  });

  it("encodes the unit code", () => {
    expect(surveyPath("a b/c?d", "seeker")).toBe("/s/a%20b%2Fc%3Fd/seeker");
    expect(surveyUrl(base, "ЦЗН", "start", "qr")).toBe(`${base}/s/%D0%A6%D0%97%D0%9D?src=qr`);
  });

  it("prints the address to type without a query, and names the QR images and the kiosk URL", () => {
    expect(typedSurveyUrl(base, "32-01", "start")).toBe("https://zvezda.example.ru/s/32-01");
    expect(qrImagePath("32-01", "start", "svg")).toBe("/s/32-01/qr.svg");
    expect(qrImagePath("32-01", "employer", "png")).toBe("/s/32-01/employer/qr.png");
    expect(kioskUrl(base, "abc_-9")).toBe("https://zvezda.example.ru/k/abc_-9");
  });
});
