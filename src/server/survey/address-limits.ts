// Survey rate limits per device, per address + unit and per address, so a rotating User-Agent does not
// escape them; the address is kept only as a salted hash. Kiosks post under /k and are limited by their key.
import { normalizeIP } from "@fastify/rate-limit";
import type { FastifyInstance, FastifyRequest, onRequestAsyncHookHandler } from "fastify";
import { addressHash } from "../auth/address-hash.js";
import { TooManyRequestsError } from "../errors/app-errors.js";

/** Submissions an hour from one address: to one unit, and in all. */
export interface AddressLimits {
  perAddressUnitHour: number;
  perAddressHour: number;
}

const hour = 3600_000;

/**
 * One onRequest hook for a submission route with a `:unit` parameter: every limit is checked first and
 * counted only when none is exceeded, so a refused request does not eat the budget of others at its address.
 * An IPv6 client counts by its /64, which one household or phone gets whole.
 * (Several `app.rateLimit` hooks on one route would not do: the plugin runs only the first per request.)
 */
export function submissionLimitHook(
  app: FastifyInstance,
  options: { secret: string; limits: AddressLimits; perDeviceHour: number; deviceOf: (request: FastifyRequest) => string },
): onRequestAsyncHookHandler {
  const { secret, limits, perDeviceHour, deviceOf } = options;
  // Each limit is peeked and then counted, so a request's keys are asked for twice each: hashed once per request.
  const once = (key: (request: FastifyRequest) => string) => {
    const known = new WeakMap<FastifyRequest, string>();
    return (request: FastifyRequest): string => {
      let value = known.get(request);
      if (value === undefined) known.set(request, (value = key(request)));
      return value;
    };
  };
  const addressOf = once((request) => addressHash(secret, normalizeIP(request.ip)));
  const deviceKey = once(deviceOf);
  const unitOf = (request: FastifyRequest) => String((request.params as { unit?: unknown }).unit ?? "");
  const checks = [
    {
      limiter: app.createRateLimit({ max: perDeviceHour, timeWindow: hour, keyGenerator: (r) => `d:${deviceKey(r)}` }),
      message: "Слишком много анкет с этого устройства. Пожалуйста, попробуйте позже.",
    },
    {
      limiter: app.createRateLimit({ max: limits.perAddressUnitHour, timeWindow: hour, keyGenerator: (r) => `au:${addressOf(r)}:${unitOf(r)}` }),
      message: "Слишком много анкет с этого адреса. Пожалуйста, попробуйте позже.",
    },
    {
      limiter: app.createRateLimit({ max: limits.perAddressHour, timeWindow: hour, keyGenerator: (r) => `a:${addressOf(r)}` }),
      message: "Слишком много анкет с этого адреса. Пожалуйста, попробуйте позже.",
    },
  ];
  return async (request, reply) => {
    for (const { limiter, message } of checks) {
      const state = await limiter(request, { increment: false });
      // `current` after a peek is the count so far: one more must still fit.
      if (!state.isAllowed && state.remaining <= 0) {
        reply.header("retry-after", String(state.ttlInSeconds));
        throw new TooManyRequestsError(message);
      }
    }
    for (const { limiter } of checks) await limiter(request);
  };
}
