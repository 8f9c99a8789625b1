// Assembles a unit's page (or the country's): figures now and before, the country's for comparison,
// the 20 indicators, children for drill-down, the survey links of a centre.
import type { Methodology, ViewName, ViewResult } from "../../core/index.js";
import type { DirectoryUnit } from "../../db/index.js";
import { qrImagePath, surveyPath, surveyUrl } from "../survey/survey-links.js";
import type { DashboardTarget } from "./dashboard-scope.js";
import type { IndicatorRow, UnitPage, UnitRef } from "./dashboard-types.js";
import { toFigures, unitRef } from "./figures.js";
import type { ResultsSnapshot, ViewTriple } from "./results-cache.js";
import type { UnitDirectory } from "./unit-directory.js";

/** What a unit page is built from. */
export interface UnitPageInput {
  directory: UnitDirectory;
  target: DashboardTarget;
  breadcrumbs: UnitRef[];
  current: ResultsSnapshot;
  previous: ResultsSnapshot;
  view: ViewName;
  /** ZVEZDA_PUBLIC_URL, the base of survey links. */
  publicUrl: string;
}

/** The 20 indicator rows of one view (seeker or employer) in methodology order, with the country's value. */
export function indicatorRows(m: Methodology, result: ViewResult | undefined, country: ViewResult | undefined): IndicatorRow[] {
  const own = result?.indicators ?? {};
  const national = country?.indicators ?? {};
  return m.indicators.map((def) => {
    const i = own[def.code];
    const c = national[def.code];
    return {
      code: def.code,
      name: def.name,
      group: def.group,
      max: def.max,
      ...(i ? { value: i.value, points: i.points } : {}),
      ...(i?.survey
        ? {
            survey: {
              positive: i.survey.positive,
              valid: i.survey.valid,
              share: i.survey.valid > 0 ? i.survey.positive / i.survey.valid : 0,
              ci: [i.survey.ci[0], i.survey.ci[1]] as [number, number],
            },
          }
        : {}),
      ...(i?.objective !== undefined ? { objective: i.objective } : {}),
      ...(c ? { country: c.value } : {}),
    };
  });
}

/** The views of the target in a snapshot (the country's for the country). */
export function viewsOf(snapshot: ResultsSnapshot, target: DashboardTarget): ViewTriple | undefined {
  return target.unit === undefined ? snapshot.country : snapshot.unit(target.unit.id);
}

/** The region's figures for a centre's star (none for a region itself or the country). */
function regionLine(current: ResultsSnapshot, region: DirectoryUnit | undefined, unit: DirectoryUnit | undefined, view: ViewName): Pick<UnitPage, "region"> {
  if (!region || !unit || unit.id === region.id) return {};
  const views = current.unit(region.id);
  return views ? { region: { ...unitRef(region), figures: toFigures(views[view], current.methodology) } } : {};
}

/** Builds the page; undefined when the computation does not know the unit (created after it ran). */
export function buildUnitPage(input: UnitPageInput): UnitPage | undefined {
  const { directory, target, current, previous, view } = input;
  const m = current.methodology;
  const views = viewsOf(current, target);
  if (!views) return undefined;
  const before = viewsOf(previous, target);
  const unit = target.unit;
  const children = (directory.children.get(unit?.id ?? "") ?? []).map((c) => ({ ...unitRef(c), hasChildren: (directory.children.get(c.id)?.length ?? 0) > 0 }));
  const byView =
    view === "combined"
      ? { seeker: indicatorRows(m, views.seeker, current.country.seeker), employer: indicatorRows(m, views.employer, current.country.employer) }
      : undefined;
  const region = unit ? directory.regionOf(unit.id) : undefined;
  return {
    unit: {
      ...target.ref,
      ...(region?.network ? { network: region.network } : {}),
      parentId: unit ? unit.parentId : null,
      closed: unit?.closed ?? false,
    },
    breadcrumbs: input.breadcrumbs,
    period: current.period,
    previousPeriod: previous.period,
    basis: current.basis,
    view,
    figures: toFigures(views[view], m),
    ...(before ? { previous: toFigures(before[view], m) } : {}),
    country: toFigures(current.country[view], m),
    ...regionLine(current, region, unit, view),
    indicators: view === "combined" ? indicatorRows(m, undefined, undefined) : indicatorRows(m, views[view], current.country[view]),
    ...(byView ? { byView } : {}),
    children,
    ...(unit && unit.kind !== "region"
      ? {
          survey: {
            seekerUrl: surveyUrl(input.publicUrl, unit.id, "seeker", "link"),
            employerUrl: surveyUrl(input.publicUrl, unit.id, "employer", "link"),
            qrSvgUrl: { seeker: qrImagePath(unit.id, "seeker", "svg"), employer: qrImagePath(unit.id, "employer", "svg") },
            posterUrl: `${surveyPath(unit.id, "start")}/poster`,
          },
        }
      : {}),
  };
}
