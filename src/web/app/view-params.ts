// The view in the URL (period, view, network), so that a link shows the same screen to a colleague.
import { useCallback } from "react";
import { useSearchParams } from "react-router-dom";
import type { NetworkType, ViewName } from "../../server/dashboard/dashboard-types";
import { useDashboard } from "./dashboard-context";

const views: readonly ViewName[] = ["combined", "seeker", "employer"];
const networks: readonly NetworkType[] = ["centralized", "decentralized"];

export interface ViewParamsState {
  period: string;
  view: ViewName;
  network?: NetworkType;
  /** Changes some parameters of the current URL (undefined removes one). */
  update(patch: Partial<Record<"period" | "view" | "network", string | undefined>>): void;
}

export function useViewParams(): ViewParamsState {
  const { periods, defaultPeriod } = useDashboard();
  const [search, setSearch] = useSearchParams();
  const periodParam = search.get("period");
  const period = periodParam && periods.includes(periodParam) ? periodParam : defaultPeriod;
  const viewParam = search.get("view") as ViewName | null;
  const view = viewParam && views.includes(viewParam) ? viewParam : "combined";
  const networkParam = search.get("network") as NetworkType | null;
  const network = networkParam && networks.includes(networkParam) ? networkParam : undefined;
  const update = useCallback(
    (patch: Partial<Record<"period" | "view" | "network", string | undefined>>) =>
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
  return { period, view, network, update };
}

/** The address of a unit's page with the given period and view: "/u/32?period=2026-Q3&view=combined". */
export function unitPath(id: string, params: { period: string; view: ViewName }): string {
  return `/u/${encodeURIComponent(id)}?${new URLSearchParams({ period: params.period, view: params.view }).toString()}`;
}
