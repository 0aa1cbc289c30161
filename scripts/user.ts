// Account administration from the command line, for a server without mail (or a person locked out).
//
//   npm run user -- reset-password EMAIL [--origin https://mockline.example.com]
//
// Prints a one-time link (30 minutes, usable once) that sets a new password for EMAIL; only its hash is
// stored. The link's origin is --origin, else AUTH_URL. Works on PostgreSQL (DATABASE_URL) and on the
// embedded database, which it refuses to open while a running server holds it (PGlite allows one process).
// Exit codes: 0 done, 1 no such account or the database is busy, 2 bad usage.
import { getHandle } from "../db/client";
import { DataDirInUseError } from "../db/connection";
import { issuePasswordResetLink } from "../server/account/request-password-reset";
import { emailSchema } from "../lib/auth/schemas";

const USAGE = "Usage: npm run user -- reset-password EMAIL [--origin https://your-mockline.example]";

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

export function parseArgs(argv: string[], env: NodeJS.ProcessEnv): { command: "reset-password"; email: string; origin: string } {
  const [command, ...rest] = argv;
  if (command !== "reset-password") fail(USAGE, 2);
  let origin = env.AUTH_URL?.trim();
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === "--origin") origin = rest[++i];
    else if (arg.startsWith("--origin=")) origin = arg.slice("--origin=".length);
    else positional.push(arg);
  }
  if (positional.length !== 1) fail(USAGE, 2);
  const email = emailSchema.safeParse(positional[0]);
  if (!email.success) fail(`"${positional[0]}" is not an email address.\n${USAGE}`, 2);
  if (!origin) fail(`Where does Mockline run? Pass --origin https://your-mockline.example, or set AUTH_URL.\n${USAGE}`, 2);
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    fail(`--origin must be a URL such as https://mockline.example.com (got "${origin}").`, 2);
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") fail("--origin must start with https:// or http://.", 2);
  return { command, email: email.data, origin: parsed.origin };
}

async function main() {
  const { email, origin } = parseArgs(process.argv.slice(2), process.env);
  let handle;
  try {
    handle = await getHandle();
  } catch (err) {
    if (err instanceof DataDirInUseError) fail(err.message, 1);
    throw err;
  }
  let issued;
  try {
    issued = await issuePasswordResetLink({ email, origin, now: new Date() });
  } finally {
    await handle.close();
  }
  if (!issued) fail(`No account uses ${email}.`, 1);
  process.stdout.write(
    `One-time password reset link for ${email} (works once, until ${issued.expiresAt.toISOString().replace("T", " ").slice(0, 16)} UTC):\n${issued.link}\n`,
  );
}

main().catch((err: unknown) => {
  fail(`Failed: ${err instanceof Error ? err.message.split("\n")[0] : String(err)}`, 1);
});
