// The data-quality engine's input and output: plain data, shared by the CLI `quality`, the server's
// detection runs and the review workflow. The engine flags; people decide (review excludes).

/** One response as the engine sees it: no personal data, only what the checks need. */
export interface QualityResponse {
  readonly id: string;
  readonly unit: string;
  readonly respondent: "seeker" | "employer";
  /** Epoch milliseconds. */
  readonly submittedAt: number;
  readonly durationSec?: number;
  /** An opaque device key: a kiosk's id, or a salted hash that changes daily. */
  readonly device?: string;
  readonly channel?: "qr" | "link" | "kiosk" | "paper" | "import";
  /** The answers by question key (methodology §2); skipped answers absent or null. */
  readonly answers: Readonly<Record<string, string | number | readonly string[] | null>>;
  /** How many free-text comments the respondent wrote. */
  readonly commentCount: number;
}

/** Opening hours per weekday in local time, "09:00-18:00" or null (closed). */
export type WeeklyHours = Readonly<Record<"mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun", string | null>>;

/** A unit with its hours and time zone already resolved (own, else the nearest ancestor's, else the default). */
export interface QualityUnit {
  readonly id: string;
  readonly parent: string | null;
  readonly kind: "region" | "managing" | "territorial";
  readonly timezone: string;
  readonly hours: WeeklyHours;
}

export interface QualityInput {
  readonly units: readonly QualityUnit[];
  readonly responses: readonly QualityResponse[];
}

/** One reason a response or a unit is flagged, with a Russian explanation a reviewer understands. */
export interface QualityReason {
  /** Stable signal code, e.g. "too_fast", "burst", "paced_series", "kiosk_sitting", "closed_hours_kiosk", "busy_device", "recurring_device", "near_duplicate", "texture", "unit_divergence", "unit_texture", "unit_habits". */
  readonly code: string;
  readonly text: string;
  /** This signal's contribution to the score, 0..1. */
  readonly weight: number;
  /** Responses that form the evidence with this one (the burst, the duplicate partner, …). */
  readonly related?: readonly string[];
  /** A key shared by every response of one burst / series / duplicate cluster, for bulk decisions. */
  readonly group?: string;
}

export interface ResponseAssessment {
  readonly id: string;
  readonly unit: string;
  /** 0..1; flagged when at or above the settings' threshold. */
  readonly score: number;
  readonly reasons: readonly QualityReason[];
}

export interface UnitAssessment {
  readonly id: string;
  readonly score: number;
  readonly reasons: readonly QualityReason[];
  /** The statistics compared against peers, for the evidence screen. */
  readonly stats?: Readonly<Record<string, number>>;
}

export interface QualityReport {
  /** The settings version used. */
  readonly settings: string;
  /** Flagged responses only. */
  readonly responses: readonly ResponseAssessment[];
  /** Flagged units only. */
  readonly units: readonly UnitAssessment[];
}
