// Vite build of the admin single-page app (src/web), served by the server under /admin/.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Writes each built asset also brotli- and gzip-compressed at the highest levels (about 2 s once), for the server to send
 * as they are (@fastify/static's preCompressed) instead of compressing 1.5 MB on every load of the app.
 */
function precompress(): Plugin {
  return {
    name: "zvezda-precompress",
    apply: "build",
    writeBundle(options, bundle) {
      for (const name of Object.keys(bundle)) {
        if (!/\.(js|css|svg)$/.test(name)) continue;
        const file = bundle[name]!;
        const bytes = Buffer.from(file.type === "chunk" ? file.code : file.source);
        const path = join(options.dir!, name);
        writeFileSync(
          `${path}.br`,
          brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
        );
        writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  root: fromRoot("./src/web"),
  base: "/admin/",
  plugins: [react(), precompress()],
  logLevel: "warn",
  build: {
    outDir: fromRoot("./dist/web"),
    emptyOutDir: true,
    chunkSizeWarningLimit: 900,
  },
});
