// Entry of the admin app: Mantine's theme, the router under /admin, the app.
import "@mantine/core/styles.css";
import "./app/app.css";
import { MantineProvider } from "@mantine/core";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter } from "react-router-dom";
import { App } from "./app/App";
import { cssVariablesResolver, theme } from "./app/theme";

/** The nonce the server put in index.html for this page's Content-Security-Policy (Mantine's <style> elements carry it). */
const styleNonce = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content;

const root = document.getElementById("root");
if (!root) throw new Error("#root is missing from index.html");
createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light" getStyleNonce={() => styleNonce ?? ""}>
      <BrowserRouter basename="/admin">
        <App />
      </BrowserRouter>
    </MantineProvider>
  </StrictMode>,
);
