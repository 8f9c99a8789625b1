// A detection run on the database: the period's responses and units go through the same engine as
// the CLI `quality`, and the flags of the scope are stored (see storeQualityRun).
import { assessQuality, parsePeriod, type Methodology, type QualitySettings } from "../../core/index.js";
import { readQualityInput, storeQualityRun, type Db, type QualityRunSummary } from "../../db/index.js";

export interface QualityScanOptions {
  period: string;
  /** Store flags for this subtree only; the engine still sees the whole country, so units are judged against all their peers. */
  scopeUnitId: string | null;
  startedBy: string | null;
  settings: QualitySettings;
  methodology: Methodology;
}

/** Runs the detection over a period and stores its flags. */
export async function runQualityScan(db: Db, options: QualityScanOptions): Promise<QualityRunSummary> {
  const period = parsePeriod(options.period);
  if (!period) throw new Error(`period ${options.period} does not parse`);
  const startedAt = new Date();
  const input = await readQualityInput(db, period, options.methodology.defaultTimezone, options.settings.defaultHours);
  const report = assessQuality(input, options.settings);
  return storeQualityRun(db, {
    period: options.period,
    scopeUnitId: options.scopeUnitId,
    report,
    responsesChecked: input.responses.length,
    startedAt,
    startedBy: options.startedBy,
  });
}
