import { SMTPServer } from "smtp-server";
import { simpleParser } from "mailparser";
import { expect } from "@playwright/test";

export interface ReceivedMail {
  to: string[];
  from: string;
  subject: string;
  text: string;
}

/**
 * A real SMTP server on 127.0.0.1 that keeps what it receives, parsed: the
 * app sends to it over SMTP exactly as it would to a mail provider.
 */
export class Mailbox {
  readonly received: ReceivedMail[] = [];
  private server: SMTPServer;

  constructor(readonly port: number) {
    this.server = new SMTPServer({
      // Plain SMTP on loopback: no TLS upgrade to offer, no login to ask for.
      disabledCommands: ["STARTTLS", "AUTH"],
      authOptional: true,
      logger: false,
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            const to = (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((a) => a.value.map((v) => v.address ?? ""));
            this.received.push({ to, from: mail.from?.text ?? "", subject: mail.subject ?? "", text: mail.text ?? "" });
            callback();
          })
          .catch((err: Error) => callback(err));
      },
    });
  }

  start(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(this.port, "127.0.0.1", () => resolve());
    });
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** Mail to this address, once it has arrived. */
  async waitFor(address: string, timeout = 15_000): Promise<ReceivedMail[]> {
    await expect.poll(() => this.to(address).length, { timeout, message: `mail to ${address}` }).toBeGreaterThan(0);
    return this.to(address);
  }

  to(address: string): ReceivedMail[] {
    return this.received.filter((m) => m.to.includes(address));
  }
}

/** The first link in a mail's text. */
export function linkIn(mail: ReceivedMail): string {
  const m = /https?:\/\/\S+/.exec(mail.text);
  if (!m) throw new Error(`no link in: ${mail.text}`);
  return m[0];
}
