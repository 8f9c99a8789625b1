// Request fields that many /api routes share, as zod schemas (they validate and document).
import { z } from "zod";
import { unitCodeText, viewNameSchema } from "../contract/common.js";
import { parsePeriod, periodYears } from "../core/index.js";

export const periodParam = z
  .string()
  .max(7)
  .refine((p) => parsePeriod(p) !== null, `Период указывается как 2025, 2025-H1, 2025-Q2 или 2025-04, годы с ${periodYears.first} по ${periodYears.last}`)
  .describe("Период: 2025, 2025-H1, 2025-Q2 или 2025-04");

export const unitIdParam = unitCodeText;

export const viewParam = viewNameSchema;
