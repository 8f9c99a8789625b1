// Vite build of the admin single-page app (src/web), served by the server under /admin/.
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: fromRoot("./src/web"),
  base: "/admin/",
  plugins: [react()],
  logLevel: "warn",
  build: {
    outDir: fromRoot("./dist/web"),
    emptyOutDir: true,
    chunkSizeWarningLimit: 900,
  },
});
