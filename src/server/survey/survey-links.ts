// Public survey URLs of a unit: the start page or a form, tagged with the collection channel.

/** Which survey page a link opens: the start page (choose a form) or a form directly. */
export type SurveyTarget = "start" | "seeker" | "employer";

/** How the visitor came: by scanning a QR code or by following a link (the default). */
export type SurveyChannel = "qr" | "link";

/** Every survey target, start page first. */
export const surveyTargets: readonly SurveyTarget[] = ["start", "seeker", "employer"];

/** The path of a survey page: `/s/<unit>` or `/s/<unit>/<form>`, the unit code encoded. */
export function surveyPath(unitId: string, target: SurveyTarget): string {
  const unit = `/s/${encodeURIComponent(unitId)}`;
  return target === "start" ? unit : `${unit}/${target}`;
}

/**
 * The absolute URL of a survey page with its channel: `<publicUrl>/s/<unit>?src=qr` for QR
 * codes, `…?src=link` for links handed out. `publicUrl` has no trailing slash (see config).
 */
export function surveyUrl(publicUrl: string, unitId: string, target: SurveyTarget, channel: SurveyChannel): string {
  return `${publicUrl}${surveyPath(unitId, target)}?src=${channel}`;
}

/**
 * The URL to print for people to type: without a query, which the survey counts as a link
 * (the channel's default).
 */
export function typedSurveyUrl(publicUrl: string, unitId: string, target: SurveyTarget): string {
  return `${publicUrl}${surveyPath(unitId, target)}`;
}

/** The path of a survey page's QR code image: `/s/<unit>[/<form>]/qr.svg` or `qr.png`. */
export function qrImagePath(unitId: string, target: SurveyTarget, format: "svg" | "png"): string {
  return `${surveyPath(unitId, target)}/qr.${format}`;
}

/** The address a kiosk opens: `<publicUrl>/k/<token>`. */
export function kioskUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/k/${encodeURIComponent(token)}`;
}
