/**
 * A person using the app over plain HTTP, without a browser: signing up
 * through the sign-up form's no-JavaScript submission, signing in through
 * Auth.js's credentials endpoint, booking and starting an interview through
 * the API, and reading an interview page's state the way the live page does.
 */

export class CookieJar {
  private cookies = new Map<string, string>();

  take(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair!.indexOf("=");
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line) || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  has(name: string): boolean {
    return this.cookies.has(name);
  }
}

const decodeEntities = (s: string) =>
  s.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** The hidden fields React renders so a server-action form also works without JavaScript. */
function actionFields(html: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const m of html.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(m[0])?.[1];
    if (!name?.startsWith("$ACTION")) continue;
    out.push([decodeEntities(name), decodeEntities(/value="([^"]*)"/.exec(m[0])?.[1] ?? "")]);
  }
  return out;
}

export interface Person {
  email: string;
  password: string;
  jar: CookieJar;
}

/** Sign up through the sign-up form (as a browser without JavaScript would submit it); returns the signed-in person. */
export async function signUp(baseUrl: string, email: string, password: string, headers: Record<string, string> = {}): Promise<Person> {
  const jar = new CookieJar();
  const page = await fetch(`${baseUrl}/sign-up`, { headers });
  jar.take(page);
  const fields = actionFields(await page.text());
  if (fields.length === 0) throw new Error("the sign-up page has no server-action form fields");
  const form = new FormData();
  for (const [k, v] of fields) form.append(k, v);
  form.append("name", "Crash Tester");
  form.append("email", email);
  form.append("password", password);
  const res = await fetch(`${baseUrl}/sign-up`, { method: "POST", body: form, redirect: "manual", headers: { ...headers, cookie: jar.header() } });
  jar.take(res);
  if (!jar.has("authjs.session-token")) throw new Error(`sign-up of ${email} gave no session (status ${res.status})`);
  return { email, password, jar };
}

export type SignInOutcome = "signed-in" | "wrong" | "rate-limited";

/** Sign in through Auth.js's credentials endpoint (CSRF token first, as its own page does). */
export async function signIn(baseUrl: string, email: string, password: string, headers: Record<string, string> = {}): Promise<{ outcome: SignInOutcome; jar: CookieJar }> {
  const jar = new CookieJar();
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`, { headers });
  jar.take(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { ...headers, "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${baseUrl}/dashboard` }),
  });
  jar.take(res);
  const location = res.headers.get("location") ?? "";
  if (jar.has("authjs.session-token")) return { outcome: "signed-in", jar };
  // Over the limit the route answers 429 before any password is checked; Auth.js itself would redirect with the code.
  if (res.status === 429 || /code=rate_limited/.test(location)) return { outcome: "rate-limited", jar };
  if (/error=CredentialsSignin/.test(location)) return { outcome: "wrong", jar };
  throw new Error(`unexpected sign-in answer ${res.status} ${location}`);
}

/** Book the 15-minute concepts preset for tomorrow and start it now (early starts are allowed). */
export async function startInterview(baseUrl: string, person: Person): Promise<{ id: string; startedAt: string }> {
  const tomorrow = new Date(Date.now() + 24 * 3600_000).toISOString().slice(0, 10);
  const booked = await fetch(`${baseUrl}/api/schedule`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: person.jar.header() },
    body: JSON.stringify({ preset: "quick-concepts", date: tomorrow, time: "12:00", timeZone: "UTC" }),
  });
  if (booked.status !== 201) throw new Error(`booking failed: ${booked.status} ${await booked.text()}`);
  const { id } = (await booked.json()) as { id: string };
  const started = await fetch(`${baseUrl}/api/interviews/${id}/start`, { method: "POST", headers: { cookie: person.jar.header() } });
  if (!started.ok) throw new Error(`start failed: ${started.status} ${await started.text()}`);
  const body = (await started.json()) as { status: string; startedAt: string };
  if (body.status !== "active") throw new Error(`interview did not start: ${body.status}`);
  return { id, startedAt: body.startedAt };
}

export interface PageItem {
  id: string;
  position: number;
  deadlineAt: string | null;
  answerDoc: unknown;
  answerRevision: number;
  sketch: { revision: number } | null;
}

export interface PageState {
  deadlineAt: string | null;
  /** The server's clock when it rendered the page; the page counts down from deadlineAt − serverNow. */
  serverNow: number;
  /** When the request was sent and its response arrived, by this process's clock (the same machine's). */
  sentAt: number;
  receivedAt: number;
  items: PageItem[];
}

/** The React Server Components payload a page carries in its HTML, as one string. */
function flightText(html: string): string {
  let text = "";
  for (const m of html.matchAll(/self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)/g)) text += JSON.parse(m[1]!) as string;
  return text;
}

/** The JSON value (object or array) that starts at `start`, read by matching brackets outside strings. */
function jsonAt(text: string, start: number): unknown {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") {
      depth--;
      if (depth === 0) return JSON.parse(text.slice(start, i + 1));
    }
  }
  throw new Error("unterminated JSON in the page payload");
}

/** What the live interview page was given: the deadline, the server's now, and each item's saved revisions. */
export async function interviewPageState(baseUrl: string, person: Person, interviewId: string): Promise<PageState> {
  const sentAt = Date.now();
  const res = await fetch(`${baseUrl}/interviews/${interviewId}`, { headers: { cookie: person.jar.header() }, redirect: "manual" });
  if (res.status !== 200) throw new Error(`interview page answered ${res.status}`);
  const html = await res.text();
  const receivedAt = Date.now();
  const text = flightText(html);
  const itemsAt = text.indexOf('"initialItems":[');
  const ivAt = text.indexOf(`"interview":{"id":"${interviewId}"`);
  const nowMatch = /"serverNow":(\d+)/.exec(text);
  if (itemsAt < 0 || ivAt < 0 || !nowMatch) throw new Error("the interview page carries no interview state (has the page changed?)");
  const interview = jsonAt(text, ivAt + '"interview":'.length) as { deadlineAt: string | null };
  const items = jsonAt(text, itemsAt + '"initialItems":'.length) as PageItem[];
  return { deadlineAt: interview.deadlineAt, serverNow: Number(nowMatch[1]), sentAt, receivedAt, items };
}

/**
 * How far the "now" a page counted from lies outside the time its request was
 * in flight (0 when inside). The page shows deadline − that now, so 0 means
 * the time left it reported was right, however slow the server was.
 */
export function clockError(state: PageState): number {
  if (state.serverNow < state.sentAt) return state.sentAt - state.serverNow;
  if (state.serverNow > state.receivedAt) return state.serverNow - state.receivedAt;
  return 0;
}
