// A loopback port for a server started by a test or a bench, when the caller must know the port before listening.
import { createServer } from "node:net";

/** A port that was free a moment ago (a server's public URL, used in QR codes and banners, must name the real port). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
