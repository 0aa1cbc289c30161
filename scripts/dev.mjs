// Development server on the embedded database (or DATABASE_URL), with a kept AUTH_SECRET.
import { ensureAuthSecret, prepareDatabase, startChild } from "./lib.mjs";

const env = { ...process.env, AUTH_SECRET: ensureAuthSecret(), AUTH_TRUST_HOST: "true", NEXT_TELEMETRY_DISABLED: "1" };
prepareDatabase(env);
startChild("npx", ["--no-install", "next", "dev", "-p", process.env.PORT ?? "3000"], env);
