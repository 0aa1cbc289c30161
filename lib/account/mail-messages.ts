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

/** Someone tried to create an account with an email that already has one: its owner is told, and how to get in. */
export function accountExistsMail({ to, signInLink, resetLink }: { to: string; signInLink: string; resetLink: string }): MailMessage {
  return {
    to,
    subject: "Someone tried to create a Mockline account with your email",
    text: [
      "Someone (probably you) tried to create a Mockline account with this address, which already has one.",
      "Nothing was changed. To use your account, sign in:",
      signInLink,
      "",
      "Forgot your password? Reset it here:",
      resetLink,
      "",
      "If this was not you, you can ignore this message.",
    ].join("\n"),
  };
}
