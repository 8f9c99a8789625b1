// The view in the URL (period, view, network, basis), so that a link shows the same screen to a colleague.
import { useCallback } from "react";
import { useSearchParams } from "react-router-dom";
import type { CounterBasis, NetworkType, ViewName } from "../../contract/dashboard";
import { useUser } from "./auth-context";
import { useDashboard } from "./dashboard-context";

const views: readonly ViewName[] = ["combined", "seeker", "employer"];
const networks: readonly NetworkType[] = ["centralized", "decentralized"];
const bases: readonly CounterBasis[] = ["published", "raw", "confirmed_pending"];
type ParamName = "period" | "view" | "network" | "basis";

export interface ViewParamsState {
  period: string;
  view: ViewName;
  network?: NetworkType;
  /** Which responses the figures count; always published for unit managers. */
  basis: CounterBasis;
  /** The `period` of the address when it names no period with data (the default is shown instead, with a notice). */
  invalidPeriod?: string;
  /** Changes some parameters of the current URL (undefined removes one). */
  update(patch: Partial<Record<ParamName, string | undefined>>): void;
}

export function useViewParams(): ViewParamsState {
  const { periods, defaultPeriod } = useDashboard();
  const { role } = useUser();
  const [search, setSearch] = useSearchParams();
  const periodParam = search.get("period");
  const period = periodParam && periods.includes(periodParam) ? periodParam : defaultPeriod;
  const viewParam = search.get("view") as ViewName | null;
  const view = viewParam && views.includes(viewParam) ? viewParam : "combined";
  const networkParam = search.get("network") as NetworkType | null;
  const network = networkParam && networks.includes(networkParam) ? networkParam : undefined;
  const basisParam = search.get("basis") as CounterBasis | null;
  const basis = role !== "unit_manager" && basisParam && bases.includes(basisParam) ? basisParam : "published";
  const update = useCallback(
    (patch: Partial<Record<ParamName, string | undefined>>) =>
      setSearch((previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(patch)) {
          if (value === undefined || value === "") next.delete(key);
          else next.set(key, value);
        }
        return next;
      }),
    [setSearch],
  );
  const invalidPeriod = periodParam && !periods.includes(periodParam) ? periodParam : undefined;
  return { period, view, network, basis, update, ...(invalidPeriod ? { invalidPeriod } : {}) };
}

/** The address of a unit's page with the given period and view: "/u/32?period=2026-Q3&view=combined" (basis only when not published). */
export function unitPath(id: string, params: { period: string; view: ViewName; basis?: CounterBasis }): string {
  const search = new URLSearchParams({ period: params.period, view: params.view });
  if (params.basis && params.basis !== "published") search.set("basis", params.basis);
  return `/u/${encodeURIComponent(id)}?${search.toString()}`;
}
