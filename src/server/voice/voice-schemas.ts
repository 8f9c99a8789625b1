// Request schemas of /api/voice: the contract's (src/contract/voice-texts.ts), with the period checked against the calendar's years besides.
import {
  feedbackBodySchema,
  feedbackImportQuerySchema,
  voiceFilterQuerySchema,
  voiceSearchQuerySchema,
  voiceSummaryQuerySchema,
} from "../../contract/voice-texts.js";
import { periodParam } from "../api-schemas.js";

export {
  maxFeedbackText,
  responseIdParamsSchema as responseIdParams,
  textIdParamsSchema as textIdParams,
  themeCorrectionBodySchema as themeCorrectionBody,
} from "../../contract/voice-texts.js";

export const voiceFilterQuery = voiceFilterQuerySchema.extend({ period: periodParam });
export const voiceSearchQuery = voiceSearchQuerySchema.extend({ period: periodParam });
export const voiceSummaryQuery = voiceSummaryQuerySchema.extend({ period: periodParam });
export const feedbackBody = feedbackBodySchema;
export const feedbackImportQuery = feedbackImportQuerySchema;
