import "server-only";
// The mail server, through nodemailer. One attempt never waits longer than EMAIL_SEND_TIMEOUT_MS
// for it at any step, so a job is always over well before the queue takes it for dead
// (lib/jobs/job-queue.ts) and the same message is never handed over by two attempts at once.
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

let transport: Transporter | undefined;

/** The configured mail server, or undefined when SMTP_URL is unset (email is off). */
export function smtpTransport(): Transporter | undefined {
  if (env.SMTP_URL === undefined) return undefined;
  const timeout = env.EMAIL_SEND_TIMEOUT_MS;
  transport ??= nodemailer.createTransport(env.SMTP_URL, {
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
    dnsTimeout: timeout,
  });
  return transport;
}
