// The error raised for configuration a person must fix: one Russian / English line.

/** Bad or unusable configuration (an invalid variable, a port in use). */
export class ConfigError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ConfigError";
  }
}
