// The survey page's weight as sent: gzip bytes (level 6, as nginx and @fastify/compress send) of its HTML, CSS and JS.
import { gzipSync } from "node:zlib";
import { loadDefaultMethodology } from "../methodology-files.js";
import { issueFormToken, renderFormPage, emptyFormState, readSurveyAsset } from "../../server/index.js";

/** The budget of one survey page: HTML + CSS + JS, gzip. */
export const pageBudgetBytes = 15 * 1024;

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  total: number;
}

const gzipBytes = (text: string): number => gzipSync(Buffer.from(text, "utf8"), { level: 6 }).length;

/** The gzip weight of the heavier questionnaire page (seeker or employer) and of the two assets. */
export function surveyPageWeight(): PageWeight {
  const m = loadDefaultMethodology();
  const unit = { id: "32-01", name: "Центр занятости населения Брянского района" };
  const html = Math.max(
    ...(["seeker", "employer"] as const).map((view) =>
      gzipBytes(
        renderFormPage({
          unit,
          view,
          form: m.forms[view],
          scale: m.scale,
          action: `/s/${unit.id}/${view}?src=qr`,
          token: issueFormToken("x".repeat(43), unit.id, view),
          state: emptyFormState,
        }),
      ),
    ),
  );
  const css = gzipBytes(readSurveyAsset("survey.css"));
  const js = gzipBytes(readSurveyAsset("survey.js"));
  return { html, css, js, total: html + css + js };
}
