import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth";
import { errorResponse } from "@/lib/server/handler";
import { checkSignInLimit, clientIp } from "@/lib/server/sign-in";

export const GET = handlers.GET;

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
  return handlers.POST(req);
}
