import { index, integer, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import type { AdapterAccountType } from "next-auth/adapters";
import { ts } from "./columns";

/* ---------------------------------------------------------------- Auth.js */

export const users = pgTable("users", {
  id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
  name: text("name"),
  email: text("email").notNull().unique(),
  emailVerified: ts("email_verified"),
  image: text("image"),
  passwordHash: text("password_hash"),
  /** IANA time zone the person plans in; the browser's is used until they choose. */
  timeZone: text("time_zone"),
  /** The language the person last chose for a coding answer: the next coding question starts with it. */
  preferredLanguage: text("preferred_language"),
  /** "My real interview is on …": turns the dashboard into a study plan. */
  targetInterviewAt: ts("target_interview_at"),
  /**
   * Every session cookie carries the generation it was issued under; raising it
   * ("sign out everywhere", a password change or reset) refuses every older cookie.
   */
  sessionGeneration: integer("session_generation").notNull().default(0),
  createdAt: ts("created_at").notNull().defaultNow(),
});

/** A row's owner: the person it belongs to, gone with their account. */
export const ownedBy = () =>
  text("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" });

export const accounts = pgTable(
  "accounts",
  {
    userId: ownedBy(),
    type: text("type").$type<AdapterAccountType>().notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    expires_at: integer("expires_at"),
    token_type: text("token_type"),
    scope: text("scope"),
    id_token: text("id_token"),
    session_state: text("session_state"),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] }), index("accounts_user_idx").on(t.userId)],
);

export const sessions = pgTable("sessions", {
  sessionToken: text("session_token").primaryKey(),
  userId: ownedBy(),
  expires: ts("expires").notNull(),
});

export const verificationTokens = pgTable(
  "verification_tokens",
  {
    identifier: text("identifier").notNull(),
    token: text("token").notNull(),
    expires: ts("expires").notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

/** Failed sign-ins, counted in the database so the limit holds across app instances. */
export const signInFailures = pgTable(
  "sign_in_failures",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** "email:<address>" or "ip:<address>". */
    bucket: text("bucket").notNull(),
    at: ts("at").notNull().defaultNow(),
  },
  (t) => [index("sign_in_failures_bucket_at_idx").on(t.bucket, t.at)],
);

/** One-time password reset links. Only the SHA-256 of the token is kept: the link itself is never stored. */
export const passwordResetTokens = pgTable(
  "password_reset_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: ownedBy(),
    /** Hex SHA-256 of the 32-byte random token sent in the link. */
    tokenHash: text("token_hash").notNull().unique(),
    expiresAt: ts("expires_at").notNull(),
    usedAt: ts("used_at"),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [index("password_reset_tokens_user_idx").on(t.userId)],
);

/**
 * Sessions signed out one at a time ("Sign out" on one device): the cookie's
 * session id is refused until the session would have ended anyway. Rows go
 * when they expire or when the person's generation is raised.
 */
export const revokedSessions = pgTable(
  "revoked_sessions",
  {
    sid: text("sid").primaryKey(),
    userId: ownedBy(),
    /** The session's absolute end: past it the cookie is refused for its age alone. */
    expiresAt: ts("expires_at").notNull(),
  },
  (t) => [index("revoked_sessions_user_idx").on(t.userId, t.expiresAt)],
);
