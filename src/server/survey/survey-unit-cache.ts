// Survey units kept for a few seconds: every page view and submission needs the unit and its
// region's zone, and the org structure changes rarely (a closed unit is refused within the TTL).
import { findSurveyUnit, type Db, type SurveyUnit } from "../../db/index.js";

const ttlMs = 15_000;
const maxEntries = 10_000;

// Every cache of a database, so that an org-structure change can drop them at once.
const cachesByDb = new WeakMap<Db, Set<Map<string, unknown>>>();

/** Forgets every cached survey unit of `db`: after a unit is closed, reopened, moved or its zone changes. */
export function invalidateSurveyUnits(db: Db): void {
  for (const cache of cachesByDb.get(db) ?? []) cache.clear();
}

/** A lookup of open survey units by id, cached for {@link ttlMs}; unknown ids are cached too. */
export function cachedSurveyUnits(db: Db): (id: string) => Promise<SurveyUnit | undefined> {
  const cache = new Map<string, { at: number; unit: SurveyUnit | undefined }>();
  const caches = cachesByDb.get(db) ?? new Set();
  caches.add(cache);
  cachesByDb.set(db, caches);
  return async (id) => {
    const hit = cache.get(id);
    if (hit && Date.now() - hit.at < ttlMs) return hit.unit;
    const unit = await findSurveyUnit(db, id);
    if (cache.size >= maxEntries) cache.clear();
    cache.set(id, { at: Date.now(), unit });
    return unit;
  };
}
