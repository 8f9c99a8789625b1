// The requests of methodology administration and comparison: the contract's, with the period checked against the years the core knows.
import { z } from "zod";
import { compareQueryShape } from "../../contract/methodology.js";
import { periodParam } from "../api-schemas.js";

export { methodologyIdParam, methodologyParams, methodologyUploadBody } from "../../contract/methodology.js";

export const compareQuery = z.object({ period: periodParam, ...compareQueryShape });
