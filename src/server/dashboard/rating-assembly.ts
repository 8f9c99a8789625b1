// Assembles a rating: the units of one kind inside a unit (or the country), ranked, with the rows apart.
import { roundHalfUp, type ViewName } from "../../core/index.js";
import type { DirectoryUnit, NetworkType, UnitKind } from "../../db/index.js";
import { apartReason } from "./apart-reason.js";
import { isChangeSignificant } from "./change-significance.js";
import type { DashboardTarget } from "./dashboard-scope.js";
import type { RatingResponse, RatingRow } from "./dashboard-types.js";
import { toFigures, unitRef } from "./figures.js";
import type { ResultsSnapshot } from "./results-cache.js";
import type { UnitDirectory } from "./unit-directory.js";

/** What a rating is built from. */
export interface RatingInput {
  directory: UnitDirectory;
  target: DashboardTarget;
  current: ResultsSnapshot;
  previous: ResultsSnapshot;
  view: ViewName;
  /** Default: {@link defaultRatingKind}. */
  kind?: UnitKind;
  network?: NetworkType;
}

/** Regions for the country; territorial centres inside a region or a managing centre. */
export function defaultRatingKind(target: DashboardTarget): UnitKind {
  return target.unit === undefined ? "region" : "territorial";
}

/** The units a rating lists: `kind` below the target, of regions of `network` when given; closed units only while they have figures. */
export function ratingUnits(input: Pick<RatingInput, "directory" | "target" | "current" | "view" | "network">, kind: UnitKind): DirectoryUnit[] {
  const { directory, target, network } = input;
  const below = target.unit === undefined ? directory.units : directory.descendants(target.unit.id);
  return below.filter((u) => {
    if (u.kind !== kind) return false;
    if (network !== undefined && directory.regionOf(u.id)?.network !== network) return false;
    return !u.closed || (input.current.unit(u.id)?.[input.view].n ?? 0) > 0;
  });
}

const collator = new Intl.Collator("ru");

/** The change with its significance, when both intervals are known. */
function changeOf(
  change: number,
  now: readonly [number, number] | undefined,
  before: readonly [number, number] | undefined,
): Pick<RatingRow, "change" | "changeSignificant"> {
  const significant = isChangeSignificant(change, now, before);
  return significant === undefined ? { change } : { change, changeSignificant: significant };
}

/** The rating (see RatingResponse): `ok` rows best first with their rank in the list (ties share it), the rest apart. */
export function buildRating(input: RatingInput): RatingResponse {
  const { directory, current, previous, view } = input;
  const m = current.methodology;
  const decimals = m.rounding.decimals;
  const kind = input.kind ?? defaultRatingKind(input.target);
  const rows: (RatingRow & { key: number })[] = [];
  const apart: RatingRow[] = [];
  for (const u of ratingUnits(input, kind)) {
    const views = current.unit(u.id);
    if (!views) continue;
    const r = views[view];
    const before = previous.unit(u.id)?.[view];
    const row: RatingRow = {
      ...unitRef(u),
      ...(directory.regionOf(u.id)?.network ? { network: directory.regionOf(u.id)?.network as NetworkType } : {}),
      figures: toFigures(r, m),
      ...(r.index !== undefined && before?.index !== undefined ? changeOf(r.index - before.index, r.ci, before.ci) : {}),
      hasChildren: (directory.children.get(u.id)?.length ?? 0) > 0,
    };
    if (r.status === "ok" && r.index !== undefined) rows.push({ ...row, key: roundHalfUp(r.index, decimals) });
    else apart.push({ ...row, reason: apartReason(views, view, m) ?? "" });
  }
  rows.sort((a, b) => b.key - a.key || collator.compare(a.name, b.name));
  const ranked = rows.map(({ key: _key, ...row }, i) => {
    const previousRow = rows[i - 1];
    return { row, key: rows[i]!.key, tie: previousRow !== undefined && previousRow.key === rows[i]!.key };
  });
  let rank = 0;
  const listed = ranked.map(({ row, tie }, i) => {
    if (!tie) rank = i + 1;
    return { ...row, rankInList: rank };
  });
  apart.sort((a, b) => b.figures.n - a.figures.n || collator.compare(a.name, b.name));
  return {
    unit: input.target.ref,
    period: current.period,
    previousPeriod: previous.period,
    basis: current.basis,
    view,
    kind,
    rows: listed,
    apart,
    minSample: m.sample.minSample,
  };
}
