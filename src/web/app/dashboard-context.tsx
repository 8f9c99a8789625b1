// The dashboard context (home unit, periods, groups, indicators) loaded once after sign-in.
import { createContext, useContext, type ReactNode } from "react";
import type { DashboardContext } from "../../contract/dashboard";
import { fetchDashboardContext } from "../api/dashboard-api";
import { LoadState } from "../components/LoadState";
import { useAsync } from "./use-async";

const Context = createContext<DashboardContext | undefined>(undefined);

export function DashboardProvider({ children }: { children: ReactNode }) {
  const state = useAsync(fetchDashboardContext, []);
  if (!state.data) return <LoadState loading={state.loading} error={state.error} onRetry={state.reload} what="настройки панели" />;
  return <Context.Provider value={state.data}>{children}</Context.Provider>;
}

export function useDashboard(): DashboardContext {
  const value = useContext(Context);
  if (!value) throw new Error("useDashboard outside DashboardProvider");
  return value;
}

/** The index maximum and the numbers of groups and indicators of the methodology in force (50, 5 and 20 in the 2022 version). */
export function useIndexScale(): { total: number; groups: number; indicators: number } {
  const { groups, indicators } = useDashboard();
  return { total: groups.reduce((sum, g) => sum + g.max, 0), groups: groups.length, indicators: indicators.length };
}
