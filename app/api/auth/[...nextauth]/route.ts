import type { NextRequest } from "next/server";
import { handlers } from "@/server/auth/auth";
import { errorResponse } from "@/server/http/route";
import { checkSignInLimit, clientIp } from "@/server/auth/sign-in";

/**
 * Auth.js answers an address it does not know with a bare "Bad request." (or
 * an HTML page); API callers get the same JSON error shape as everywhere else.
 * Redirects and successful answers pass through untouched.
 */
async function jsonErrors(res: Response): Promise<Response> {
  if (res.status < 400) return res;
  const json = res.headers.get("content-type")?.startsWith("application/json") ?? false;
  if (json && (await res.clone().text()).startsWith("{")) return res;
  const message =
    res.status === 400 || res.status === 404
      ? "That sign-in address is not one we know. Start again from the sign-in page."
      : "Signing in could not be completed. Start again from the sign-in page.";
  return Response.json({ error: message }, { status: res.status });
}

export async function GET(req: NextRequest): Promise<Response> {
  return jsonErrors(await handlers.GET(req));
}

/**
 * Credentials sign-in over HTTP answers 429 once the account or the client
 * address is over the failed-attempt limit, before any password is checked.
 */
export async function POST(req: NextRequest): Promise<Response> {
  if (req.nextUrl.pathname.endsWith("/callback/credentials")) {
    let email: string | undefined;
    try {
      const form = await req.clone().formData();
      const raw = form.get("email");
      email = typeof raw === "string" ? raw.trim().toLowerCase().slice(0, 254) : undefined;
    } catch {
      return Response.json({ error: "Send the email and password as a form." }, { status: 400 });
    }
    let limit: Awaited<ReturnType<typeof checkSignInLimit>>;
    try {
      limit = await checkSignInLimit(email, clientIp(req.headers));
    } catch (err) {
      // The database is down or broken: a generic 500, never its message.
      return errorResponse(err);
    }
    if (limit.limited) {
      return Response.json(
        { error: limit.message, code: "rate_limited" },
        { status: 429, headers: { "Retry-After": String(Math.ceil(limit.retryAfterMs / 1000)) } },
      );
    }
  }
  return jsonErrors(await handlers.POST(req));
}
