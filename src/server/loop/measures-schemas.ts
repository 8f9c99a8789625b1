// Request schemas of the measures register: the contract's (src/contract/measures.ts). Dates and indicators are checked
// after, against the calendar and the methodology, with messages that name the field (validateMeasureFields).
import type * as contract from "../../contract/measures.js";
import type { EffectVerdict, MeasureKind, MeasureStatus } from "../../core/index.js";

export {
  createMeasureBodySchema as createMeasureBody,
  fileParamsSchema as fileParams,
  measureCommentBodySchema as commentBody,
  measureFieldsSchema,
  measureListQuerySchema as listQuery,
  measureParamsSchema as measureParams,
  measureStatusBodySchema as statusBody,
  planQuerySchema as planQuery,
  practiceSummaryQuerySchema as summaryQuery,
  practicesQuerySchema as practicesQuery,
  type MeasureFields as MeasureFieldsBody,
} from "../../contract/measures.js";

/** The contract and the core name the same statuses, kinds and verdicts (a compile error here when they drift). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const contractAgreesWithCore: [
  Same<contract.MeasureStatus, MeasureStatus>,
  Same<contract.MeasureKind, MeasureKind>,
  Same<contract.EffectVerdict, EffectVerdict>,
] = [true, true, true];
