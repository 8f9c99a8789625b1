// Starts listening on the configured address; a busy or forbidden port is a configuration error.
import type { FastifyInstance } from "fastify";
import type { AddressInfo } from "node:net";
import { ConfigError } from "./config-error.js";

/** Listens on `host:port` and returns the URL to open in a browser (localhost for 0.0.0.0). */
export async function startListening(app: FastifyInstance, { host, port }: { host: string; port: number }): Promise<string> {
  try {
    await app.listen({ host, port });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE") throw new ConfigError(`Порт ${port} занят / Port ${port} is already in use`, { cause: error });
    if (code === "EACCES") throw new ConfigError(`Нет прав слушать порт ${port} / Not allowed to listen on port ${port}`, { cause: error });
    if (code === "EADDRNOTAVAIL" || code === "ENOTFOUND")
      throw new ConfigError(`Адрес ${host} недоступен на этой машине / Address ${host} is not available on this machine`, { cause: error });
    throw error;
  }
  const bound = app.server.address() as AddressInfo;
  const shownHost = host === "0.0.0.0" || host === "::" ? "localhost" : host.includes(":") ? `[${host}]` : host;
  return `http://${shownHost}:${bound.port}`;
}
