// A local mail server that keeps what it receives: for `npm run dev` with no SMTP_URL (an inbox page
// at its HTTP address), and for the tests (they read `messages` or GET /messages.json). Built on
// smtp-server and mailparser; it accepts any sender and recipient, without authentication, and
// keeps messages in memory only.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface CaughtMail {
  /** The order of arrival, from 1. */
  number: number;
  receivedAt: string;
  /** The envelope's recipients, as the sending server gave them. */
  to: string[];
  from: string;
  subject: string;
  messageId: string | undefined;
  html: string | undefined;
  text: string | undefined;
  headers: Record<string, string>;
}

export interface MailCatcherOptions {
  smtpPort?: number;
  /** Omit for no inbox page (the integration tests read `messages` directly). */
  httpPort?: number;
  host?: string;
  /** How many messages it keeps; older ones are dropped. */
  keep?: number;
  /**
   * Called with each message's number before its content is read: a test can hold a delivery open
   * (to stop the sender in the middle) by returning a promise that does not settle.
   */
  beforeData?: (number: number) => Promise<void> | void;
  /** Recipients to refuse for good (550), as a server refuses a mailbox that does not exist. */
  refuseRecipient?: (address: string) => boolean;
}

export interface MailCatcher {
  smtpUrl: string;
  inboxUrl: string | undefined;
  messages: CaughtMail[];
  /** Resolves with the first message (then or later) that `match` accepts. */
  waitFor(match: (mail: CaughtMail) => boolean, timeoutMs?: number): Promise<CaughtMail>;
  close(): Promise<void>;
}

export async function startMailCatcher(options: MailCatcherOptions = {}): Promise<MailCatcher> {
  const host = options.host ?? "127.0.0.1";
  const keep = options.keep ?? 500;
  const messages: CaughtMail[] = [];
  const waiters = new Set<() => void>();
  let sessions = 0;

  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    banner: "Blue Heart mail catcher",
    onRcptTo(address, _session, callback) {
      if (!options.refuseRecipient?.(address.address)) return callback();
      const error = Object.assign(new Error("No such mailbox here"), { responseCode: 550 });
      callback(error);
    },
    async onData(stream, session, callback) {
      sessions += 1;
      const number = sessions;
      try {
        await options.beforeData?.(number);
        const parsed = await simpleParser(stream);
        // A delivery cut off in the middle never reaches here complete: smtp-server ends the
        // stream with an error and the message is not kept, as a real server would not keep it.
        if ((stream as { sizeExceeded?: boolean }).sizeExceeded) throw new Error("too large");
        messages.push(caught(messages.length + 1, parsed, session.envelope.rcptTo));
        if (messages.length > keep) messages.shift();
        for (const wake of waiters) wake();
        callback();
      } catch (error) {
        callback(error instanceof Error ? error : new Error(String(error)));
      }
    },
  });
  await new Promise<void>((resolve, reject) => {
    smtp.once("error", reject);
    smtp.listen(options.smtpPort ?? 0, host, () => resolve());
  });
  const smtpPort = (smtp.server.address() as AddressInfo).port;

  let http: Server | undefined;
  if (options.httpPort !== undefined) {
    http = createServer((request, response) => {
      const url = new URL(request.url ?? "/", "http://catcher");
      if (url.pathname === "/messages.json") {
        response.writeHead(200, { "content-type": "application/json; charset=utf-8" });
        response.end(JSON.stringify(messages));
        return;
      }
      const match = /^\/messages\/(\d+)$/.exec(url.pathname);
      const mail = match ? messages.find((m) => m.number === Number(match[1])) : undefined;
      if (mail) {
        response.writeHead(200, {
          "content-type": "text/html; charset=utf-8",
          // The message's own HTML, shown as it is, with nothing of it able to run.
          "content-security-policy": "script-src 'none'; frame-ancestors 'self'",
        });
        response.end(mail.html ?? `<pre>${escapeHtml(mail.text ?? "")}</pre>`);
        return;
      }
      if (url.pathname !== "/") {
        response.writeHead(404, { "content-type": "text/plain" }).end("Not found");
        return;
      }
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(inboxPage(messages));
    });
    const server = http;
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(options.httpPort, host, () => resolve());
    });
  }
  const httpPort = http ? (http.address() as AddressInfo).port : undefined;

  return {
    smtpUrl: `smtp://${host}:${smtpPort}`,
    inboxUrl: httpPort === undefined ? undefined : `http://${host}:${httpPort}/`,
    messages,
    waitFor(match, timeoutMs = 20_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = messages.find(match);
          if (!found) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no such message arrived within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    async close() {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
      if (http) await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

function caught(
  number: number,
  parsed: ParsedMail,
  rcptTo: Array<{ address: string }>,
): CaughtMail {
  const headers: Record<string, string> = {};
  for (const line of parsed.headerLines)
    headers[line.key] = line.line.slice(line.key.length + 1).trim();
  return {
    number,
    receivedAt: new Date().toISOString(),
    to: rcptTo.map((recipient) => recipient.address),
    from: parsed.from?.text ?? "",
    subject: parsed.subject ?? "",
    messageId: parsed.messageId,
    html: parsed.html === false ? undefined : parsed.html,
    text: parsed.text,
    headers,
  };
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function inboxPage(messages: CaughtMail[]): string {
  const rows = [...messages]
    .reverse()
    .map(
      (mail) =>
        `<tr><td>${escapeHtml(mail.receivedAt.slice(11, 19))}</td><td>${escapeHtml(mail.to.join(", "))}</td><td><a href="/messages/${mail.number}" target="mail">${escapeHtml(mail.subject)}</a></td></tr>`,
    )
    .join("");
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Mail catcher: Blue Heart</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:system-ui,sans-serif;margin:1rem}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.4rem;text-align:start}iframe{width:100%;height:60vh;border:1px solid #ccc}</style></head>
<body><h1>Mail catcher</h1><p>Every email the app sent since this server started (kept in memory; newest first). Reload to see new ones.</p>
<table><thead><tr><th>Time (UTC)</th><th>To</th><th>Subject</th></tr></thead><tbody>${rows || '<tr><td colspan="3">No email yet.</td></tr>'}</tbody></table>
<iframe name="mail" title="The selected email" sandbox></iframe></body></html>`;
}
