// The app's root: the user's home unit (country, region or centre) for the default period.
import { Navigate, useSearchParams } from "react-router-dom";
import { useDashboard } from "../app/dashboard-context";
import { unitPath } from "../app/view-params";

export function HomeRedirect() {
  const { home, defaultPeriod } = useDashboard();
  const [search] = useSearchParams();
  const view = search.get("view") === "seeker" || search.get("view") === "employer" ? (search.get("view") as "seeker" | "employer") : "combined";
  return <Navigate replace to={unitPath(home.id, { period: search.get("period") ?? defaultPeriod, view })} />;
}
