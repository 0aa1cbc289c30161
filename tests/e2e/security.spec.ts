import fs from "node:fs";
import { BASE_URL } from "../../playwright.config";
import { expect, newAccount, test } from "./fixtures";

// One of the canvas fonts the install step copies into public/.
const FONT_DIR = "public/excalidraw-assets/fonts/Excalifont";
const FONT = `/excalidraw-assets/fonts/Excalifont/${fs.readdirSync(FONT_DIR).find((f) => f.endsWith(".woff2"))}`;

const FIXED = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
};

/** A plain fetch: no cookie jar, no redirects followed, so every header is the server's own. */
function get(path: string, headers: Record<string, string> = {}) {
  return fetch(`${BASE_URL}${path}`, { headers, redirect: "manual" });
}

function expectFixedHeaders(res: Response, what: string) {
  for (const [name, value] of Object.entries(FIXED)) expect(res.headers.get(name), `${what}: ${name}`).toBe(value);
  expect(res.headers.get("permissions-policy"), `${what}: permissions-policy`).toContain("camera=()");
  expect(res.headers.get("content-security-policy"), `${what}: CSP`).toContain("frame-ancestors 'none'");
}

/** The session cookie a credentials sign-in sets, as the raw Set-Cookie line. */
async function signInOverHttp(email: string, password: string, extra: Record<string, string>) {
  const ip = { "x-forwarded-for": `10.77.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` };
  const csrf = await get("/api/auth/csrf", { ...extra, ...ip });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const res = await fetch(`${BASE_URL}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { ...extra, ...ip, cookie, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, email, password }),
  });
  expect(res.status).toBe(302);
  return res.headers.getSetCookie().find((c) => /session-token=/.test(c));
}

test.describe("security headers and session cookies", () => {
  test("pages, API answers, redirects and static files all carry the security headers", async () => {
    const landing = await get("/");
    expectFixedHeaders(landing, "/");
    const csp = landing.headers.get("content-security-policy")!;
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    for (const d of ["object-src 'none'", "base-uri 'none'", "form-action 'self'"]) expect(csp).toContain(d);
    expect(landing.headers.get("strict-transport-security")).toBeNull();

    // Every script on the page carries this response's nonce, and the next response gets a new one.
    const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
    const html = await landing.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(2);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    expect((await get("/")).headers.get("content-security-policy")).not.toContain(nonce);

    const chunk = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)![1]!;
    const responses: Array<[string, Response]> = [
      ["sign-in", await get("/sign-in")],
      ["health API", await get("/api/health")],
      ["API without a session", await get("/api/interviews/00000000-0000-4000-8000-000000000000")],
      ["redirect to sign-in", await get("/dashboard")],
      ["script chunk", await get(chunk)],
      ["icon", await get("/icon.svg")],
      ["canvas font", await get(FONT)],
    ];
    for (const [what, res] of responses) {
      expect(res.status, what).toBeLessThan(500);
      expectFixedHeaders(res, what);
    }
    expect(responses[1]![1].status).toBe(200);
    expect(responses[2]![1].status).toBe(401);
    expect(await responses[2]![1].json()).toMatchObject({ error: "Sign in to continue." });
    expect(responses[3]![1].status).toBe(307);
    // JSON answers and files that are never documents may load nothing at all.
    for (const i of [1, 2, 4]) expect(responses[i]![1].headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  test("HSTS and upgrade-insecure-requests only when the request came over HTTPS", async () => {
    const https = { "x-forwarded-proto": "https" };
    for (const path of ["/", "/api/health", "/icon.svg"]) {
      const res = await get(path, https);
      expect(res.headers.get("strict-transport-security"), path).toBe("max-age=63072000; includeSubDomains");
      expect((await get(path)).headers.get("strict-transport-security"), path).toBeNull();
    }
    expect((await get("/", https)).headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  });

  test("the session cookie is HttpOnly, SameSite=Lax, Path=/, and Secure with the __Secure- name behind HTTPS", async ({ page, auth }) => {
    const account = newAccount("cookie");
    await auth.signUp(account);
    await expect(page).toHaveURL(/\/dashboard/);

    // Over plain HTTP (the browser's own cookie after the sign-up form).
    const cookies = await page.context().cookies();
    const session = cookies.find((c) => c.name === "authjs.session-token");
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/", secure: false });
    expect(cookies.some((c) => /^__Secure-/.test(c.name))).toBe(false);

    // Behind a TLS-terminating proxy, Auth.js switches to the __Secure- cookie, and the gate reads it.
    const secure = await signInOverHttp(account.email, account.password, { "x-forwarded-proto": "https" });
    expect(secure).toMatch(/^__Secure-authjs\.session-token=[^;]+/);
    const attrs = secure!.split(";").map((a) => a.trim().toLowerCase());
    expect(attrs).toEqual(expect.arrayContaining(["httponly", "secure", "path=/", "samesite=lax"]));

    const pair = secure!.split(";")[0]!;
    const behindTls = await get("/dashboard", { cookie: pair, "x-forwarded-proto": "https" });
    expect(behindTls.status).toBe(200);
    // A __Secure- cookie arriving over plain HTTP is not a session.
    expect((await get("/dashboard", { cookie: pair })).status).toBe(307);

    // And the plain cookie works over plain HTTP.
    const plain = await signInOverHttp(account.email, account.password, {});
    expect(plain).toMatch(/^authjs\.session-token=/);
    expect(plain!.toLowerCase()).not.toContain("secure");
    expect((await get("/dashboard", { cookie: plain!.split(";")[0]! })).status).toBe(200);
  });
});
