/**
 * The text of each message Mockline sends: pure functions of what the message
 * needs, so their wording is tested and any feature can send one with
 * `sendMail(passwordResetMail(...))` (server/mail/mailer.ts).
 */
export interface MailMessage {
  to: string;
  subject: string;
  /** Plain text only: nothing a person typed is ever put into HTML mail. */
  text: string;
}

export function passwordResetMail({ to, link, minutes }: { to: string; link: string; minutes: number }): MailMessage {
  return {
    to,
    subject: "Reset your Mockline password",
    text: [
      "Someone (probably you) asked to reset the password of the Mockline account for this address.",
      "",
      `Choose a new password here (the link works once, for ${minutes} minutes):`,
      link,
      "",
      "Setting a new password signs you out on every device.",
      "If you did not ask for this, ignore this message: your password stays as it is.",
    ].join("\n"),
  };
}
