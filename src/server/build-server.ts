// The Fastify application factory: error handling, then one encapsulated plugin per feature.
import compress from "@fastify/compress";
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Database } from "../db/index.js";
import type { ServerConfig } from "./config.js";
import { installErrorHandling } from "./errors/error-handling.js";
import { installInputPolicy } from "./input-policy/input-policy.js";
import { installSecurityHeaders } from "./security-headers.js";
import { apiRoutes, type ApiRoutesOptions } from "./api-routes.js";
import { registerApiDocs } from "./api-docs.js";
import { adminAppRoutes } from "./admin-app/admin-app-routes.js";
import { landingRoutes } from "./landing/landing-routes.js";
import { qrRoutes } from "./survey/qr-routes.js";
import { kioskRoutes } from "./survey/kiosk-routes.js";
import { surveyRoutes } from "./survey/survey-routes.js";
import type { AddressLimits } from "./survey/address-limits.js";
import { resolveSecret } from "./resolve-secret.js";
import { createResponseBatcher } from "./survey/response-batcher.js";
import type { ServerContext } from "./server-context.js";
import { version } from "./version.js";
import { ResultsCache } from "./dashboard/results-cache.js";

export interface BuildServerOptions {
  /** An open, migrated database; the caller owns it and closes it after the server. */
  database: Database;
  config: ServerConfig;
  /** A pino logger, or false for none (tests). */
  logger: FastifyBaseLogger | false;
  /** Sign-in attempts allowed per client address and window (tests raise or lower it). */
  loginRateLimit?: ApiRoutesOptions["loginRateLimit"];
  /** Survey submissions allowed per client address (tests lower them). */
  surveyAddressLimits?: AddressLimits;
}

// Validation messages people read are Russian.
z.config(z.locales.ru());

/** Builds the application (ready to `listen` or `inject`) without starting to listen. */
export async function buildServer({ database, config, logger, loginRateLimit, surveyAddressLimits }: BuildServerOptions): Promise<FastifyInstance> {
  // Behind the configured reverse proxies, request.ip is the client's address from X-Forwarded-For.
  const trustProxy = config.trustedProxies.length > 0 ? config.trustedProxies : false;
  const app = (logger ? Fastify({ loggerInstance: logger, trustProxy }) : Fastify({ logger: false, trustProxy })) as unknown as FastifyInstance;
  const context: ServerContext = {
    database,
    config,
    secret: await resolveSecret(database.db, config.secret),
    version,
    // One statement at a time on PostgreSQL too: the batches grow, and with them the responses
    // sharing each counter row's update (with 2 in flight: about a quarter more database time per response).
    responses: createResponseBatcher(database.db, { maxBatch: 64, maxInFlight: 1 }),
    results: new ResultsCache(database.db, { listen: database.listenForChanges }),
  };
  app.addHook("onClose", () => context.results.close());

  installSecurityHeaders(app, config.publicUrl);
  installErrorHandling(app);
  installInputPolicy(app);
  // Route schemas are zod: they validate requests and document the API (registerApiDocs).
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  await app.register(compress, { threshold: 1024 });
  await registerApiDocs(app, context.version, database.db);

  await app.register(landingRoutes, { db: database.db });
  await app.register(surveyRoutes, { context, addressLimits: surveyAddressLimits });
  await app.register(kioskRoutes, { context });
  await app.register(qrRoutes, { database: context.database, config: context.config });
  await app.register(apiRoutes, { prefix: "/api", context, loginRateLimit });
  await app.register(adminAppRoutes);
  return app;
}
