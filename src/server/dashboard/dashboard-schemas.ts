// Request schemas of the dashboard and export routes: the contract's (src/contract/dashboard.ts), with the
// period checked against the calendar's years besides.
import { commentsQuerySchema, ratingQuerySchema, trendQuerySchema, unitPageQuerySchema } from "../../contract/dashboard.js";
import { periodParam } from "../api-schemas.js";

export { dashboardUnitParam, unitParamsSchema as unitParams } from "../../contract/dashboard.js";

export const ratingQuery = ratingQuerySchema.extend({ period: periodParam });

export const unitPageQuery = unitPageQuerySchema.extend({ period: periodParam });

export const trendQuery = trendQuerySchema.extend({ period: periodParam.optional().describe("Последний период ряда; по умолчанию — последний с данными") });

export const commentsQuery = commentsQuerySchema.extend({ period: periodParam });
