// Sends a server-rendered survey page: never cached, since it carries a one-time form token.
import type { FastifyReply } from "fastify";

/** Replies with `body` as an uncached HTML page. */
export function sendHtml(reply: FastifyReply, status: number, body: string): FastifyReply {
  return reply.code(status).type("text/html; charset=utf-8").header("cache-control", "no-store").send(body);
}
