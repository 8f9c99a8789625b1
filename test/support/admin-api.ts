// Signed-in JSON calls for the admin API tests: one client per login, with cookie and CSRF token.
import type { LightMyRequestResponse } from "fastify";
import { signIn, type TestLogin } from "./auth-server.js";
import type { SurveyServer } from "./survey-server.js";

export interface AdminClient {
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: object): Promise<LightMyRequestResponse>;
  patch(url: string, body: object): Promise<LightMyRequestResponse>;
  put(url: string, body: object): Promise<LightMyRequestResponse>;
  /** A multipart upload of one file in field `file`. */
  upload(url: string, fileName: string, bytes: Buffer): Promise<LightMyRequestResponse>;
  cookie: string;
}

/** Signs `login` in and returns its client. */
export async function adminClient(server: SurveyServer, login: TestLogin | string, password?: string): Promise<AdminClient> {
  const signed = await signIn(server.app, login, password);
  const headers = { cookie: signed.cookie, "x-csrf-token": signed.csrfToken };
  const send = (method: "POST" | "PATCH" | "PUT", url: string, body?: object) =>
    server.app.inject({
      method,
      url,
      headers: body ? { ...headers, "content-type": "application/json" } : headers,
      payload: body ? JSON.stringify(body) : undefined,
    });
  return {
    cookie: signed.cookie,
    get: (url) => server.app.inject({ method: "GET", url, headers }),
    post: (url, body) => send("POST", url, body),
    patch: (url, body) => send("PATCH", url, body),
    put: (url, body) => send("PUT", url, body),
    upload: (url, fileName, bytes) => {
      const boundary = "----zvezda-test-boundary";
      const head =
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
        "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n";
      const payload = Buffer.concat([Buffer.from(head), bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]);
      return server.app.inject({ method: "POST", url, headers: { ...headers, "content-type": `multipart/form-data; boundary=${boundary}` }, payload });
    },
  };
}
