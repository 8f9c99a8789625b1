// The server layer's public entry: configuration, the application factory, listening and shutdown.
export { buildServer, type BuildServerOptions } from "./build-server.js";
export type { ServerContext } from "./server-context.js";
export { loadConfig, logLevels, type LogLevel, type ServerConfig } from "./config.js";
export { ConfigError } from "./config-error.js";
export { createLogger } from "./logger.js";
export { startListening } from "./start-listening.js";
export { shutdownOnSignal, type ShutdownOptions } from "./graceful-shutdown.js";
export { isStartupError } from "./startup-error.js";
export { resolveSecret } from "./resolve-secret.js";
export { version } from "./version.js";
export {
  AppError,
  BadRequestError,
  ConflictError,
  ForbiddenError,
  InternalError,
  NotFoundError,
  PayloadTooLargeError,
  ServiceUnavailableError,
  TooManyRequestsError,
  UnauthorizedError,
  UnsupportedMediaTypeError,
  ValidationError,
} from "./errors/app-errors.js";
export { isApiRequest } from "./errors/error-handling.js";
export { escapeHtml } from "./html/escape-html.js";
export { renderPage } from "./html/render-page.js";
export { kioskUrl, qrImagePath, surveyPath, surveyTargets, surveyUrl, typedSurveyUrl, type SurveyChannel, type SurveyTarget } from "./survey/survey-links.js";
// What the command line (seed, bench, user and kiosk commands) uses of the server's features.
export { hashPassword } from "./auth/password-hash.js";
export { newPasswordProblem } from "./auth/auth-schemas.js";
export { issueFormToken } from "./survey/form-token.js";
export { renderFormPage } from "./survey/render/form-page.js";
export { emptyFormState } from "./survey/render/form-state.js";
export { readSurveyAsset } from "./survey/survey-assets.js";
export { runQualityScan } from "./quality/quality-scan.js";
export { loadQualitySettings, QUALITY_SETTINGS_DIR } from "./quality/quality-settings-file.js";
export { loadPainSettings } from "./loop/pain-settings-file.js";
export { voiceTaggerFor } from "./voice/theme-taxonomy-file.js";
export { journeyTemplatesFor } from "./voice/journey-templates-file.js";
export { ResultsCache } from "./dashboard/results-cache.js";
