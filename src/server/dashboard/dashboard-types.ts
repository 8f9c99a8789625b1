// The response shapes of the dashboard API (/api/dashboard/*) are the contract's (src/contract/dashboard.ts);
// re-exported here for the server's modules.
export {
  countryId,
  type CommentsResponse,
  type CounterBasis,
  type DashboardContext,
  type Figures,
  type IndicatorRow,
  type NetworkType,
  type RatingAlternatives,
  type RatingResponse,
  type RatingRow,
  type TrendMeasure,
  type TrendResponse,
  type UnderReview,
  type UnitKind,
  type UnitPage,
  type UnitRanks,
  type UnitRef,
  type ViewName,
  type ViewStatus,
} from "../../contract/dashboard.js";
