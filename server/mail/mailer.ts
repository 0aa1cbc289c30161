import "server-only";
import { createTransport, type Transporter } from "nodemailer";
import type { MailMessage } from "@/lib/account/mail-messages";
import { describeError, logEvent } from "@/server/log";

/**
 * Outgoing mail over SMTP (nodemailer), configured by SMTP_URL
 * (`smtp://user:pass@host:587`, or `smtps://…:465` for TLS from the start) and
 * MAIL_FROM (`Mockline <no-reply@example.com>`). Without both, the app sends
 * nothing and the features that need mail say so or step aside (the sign-in
 * page offers "Forgot password?" only when mail is configured).
 */
export interface MailConfig {
  url: string;
  from: string;
}

export function mailConfigFromEnv(env: NodeJS.ProcessEnv = process.env): MailConfig | null {
  const url = env.SMTP_URL?.trim();
  const from = env.MAIL_FROM?.trim();
  return url && from ? { url, from } : null;
}

export function mailConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return mailConfigFromEnv(env) !== null;
}

export type { MailMessage };

let cached: { url: string; transport: Transporter } | undefined;

function transportFor(config: MailConfig): Transporter {
  if (cached?.url !== config.url) {
    cached = {
      url: config.url,
      // A mail server that hangs must not hold a request (or a background task) for nodemailer's default two minutes.
      transport: createTransport(config.url, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 }),
    };
  }
  return cached.transport;
}

/** Send one message; throws when mail is not configured or the server refuses it. */
export async function sendMail(message: MailMessage, config: MailConfig | null = mailConfigFromEnv()): Promise<void> {
  if (!config) throw new Error("Mail is not configured: set SMTP_URL and MAIL_FROM.");
  await transportFor(config).sendMail({ from: config.from, to: message.to, subject: message.subject, text: message.text });
}

/**
 * For mail sent after the response (a reset link, a notice): a failure is
 * logged (without the address) instead of thrown, since nobody is waiting.
 */
export async function sendMailInBackground(message: MailMessage, purpose: string): Promise<boolean> {
  try {
    await sendMail(message);
    return true;
  } catch (err) {
    logEvent("error", "mail not sent", { purpose, ...describeError(err) });
    return false;
  }
}
