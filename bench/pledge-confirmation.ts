// Not yet in `npm run bench`: its first run (2026-12-06) found the confirmation emails of the
// required run undelivered after 200 s, which is still to be understood.
// tsx --conditions=react-server bench/pledge-confirmation.ts: the pledge
// rate with PLEDGE_CONFIRMATION=off against required, in the same run on the same machine. Both
// servers send to a local mail catcher, so the queue worker runs in both; only the confirmation
// differs (required: the pledge, its link, its outbox row and its delivery job in one transaction).
// Then the data check for the required run: every accepted pledge is stored once, UNCONFIRMED,
// uncounted, with exactly one email, and every email reaches the mail server exactly once once
// the queue has drained. A benchmark: it prints figures and fails only if the data is wrong.
//
// Options: --duration <s> (default 10), --connections <n> (default 50), --port <n> (default 3310),
//          --drain <s> (how long to wait for the queue to deliver, default 120).
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { startMailCatcher } from "../tools/mail-catcher/index";
import { LIFTED_PLEDGE_LIMITS, rate, startBenchApp } from "./start-bench-app";

const { values: options } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "50" },
    port: { type: "string", default: "3310" },
    drain: { type: "string", default: "120" },
  },
});
const duration = Number(options.duration);
const connections = Number(options.connections);
const port = Number(options.port);

const mail = await startMailCatcher({ keep: 10_000_000 });

interface Run {
  rate: number;
  p99: number;
  accepted: string[];
  databaseUrl: string;
  stop: () => Promise<void>;
}

async function measure(confirmation: "off" | "required"): Promise<Run> {
  const app = await startBenchApp(port, {
    ...LIFTED_PLEDGE_LIMITS,
    WEB_CONCURRENCY: "1",
    PLEDGE_CONFIRMATION: confirmation,
    SMTP_URL: mail.smtpUrl,
    EMAIL_FROM: "bench@example.org",
  });
  const base = app.base;
  const { formToken } = (await (await fetch(`${base}/api/pledges`)).json()) as {
    formToken: string;
  };
  const run = randomBytes(3).toString("hex");
  let sequence = 0;
  const accepted: string[] = [];
  const request = (email: string) =>
    JSON.stringify({ displayName: "Bench", email, country: "KE", consent: true, formToken });
  // Warm the route and the pools.
  await autocannon({
    url: `${base}/api/pledges`,
    connections,
    duration: 2,
    method: "POST",
    headers: { "content-type": "application/json" },
    requests: [
      {
        setupRequest: (req) => {
          sequence += 1;
          return { ...req, body: request(`warm-${run}-${sequence}@example.org`) };
        },
      },
    ],
  });
  const result = await autocannon({
    url: `${base}/api/pledges`,
    connections,
    duration,
    timeout: 30,
    requests: [
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        setupRequest: (req, context) => {
          sequence += 1;
          context.email = `bench-${run}-${sequence}@example.org`;
          return { ...req, body: request(String(context.email)) };
        },
        onResponse: (status, _body, context) => {
          if (status === 201 && typeof context.email === "string") accepted.push(context.email);
        },
      },
    ],
  });
  const figures = { rate: rate(result), p99: result.latency.p99 };
  console.log(
    `PLEDGE_CONFIRMATION=${confirmation.padEnd(8)} ${figures.rate.toFixed(0).padStart(6)} pledges/s   p99 ${String(figures.p99).padStart(5)} ms   (${accepted.length} accepted)`,
  );
  return { ...figures, accepted, databaseUrl: app.databaseUrl, stop: app.stop };
}

async function checkRequired(run: Run): Promise<boolean> {
  const client = new pg.Client({ connectionString: run.databaseUrl });
  await client.connect();
  try {
    const emails = new Set(run.accepted);
    const { rows } = await client.query<{ email: string; status: string; emails: number }>(
      `SELECT p."email", p."status"::text AS "status",
              (SELECT count(*)::int FROM "EmailOutbox" o WHERE o."pledgeId" = p."id") AS "emails"
         FROM "Pledge" p WHERE p."email" LIKE 'bench-%'`,
    );
    const stored = new Map(rows.map((row) => [row.email, row]));
    const lost = run.accepted.filter((email) => !stored.has(email)).length;
    const counted = rows.filter((row) => row.status !== "UNCONFIRMED").length;
    const wrongEmails = rows.filter((row) => emails.has(row.email) && row.emails !== 1).length;
    const counter = await client.query<{ total: string }>(
      `SELECT COALESCE(SUM("value"), 0)::text AS total FROM "CounterShard" WHERE "metric" = 'pledges'`,
    );
    // Let the queue deliver what the run wrote.
    const deadline = Date.now() + Number(options.drain) * 1000;
    let pending = -1;
    while (Date.now() < deadline) {
      const { rows: left } = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM "EmailOutbox" WHERE "status" <> 'SENT'`,
      );
      pending = left[0]?.n ?? -1;
      if (pending === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    const received = new Map<string, number>();
    for (const message of mail.messages) {
      for (const to of message.to) received.set(to, (received.get(to) ?? 0) + 1);
    }
    const undelivered = run.accepted.filter((email) => !received.has(email)).length;
    const twice = run.accepted.filter((email) => (received.get(email) ?? 0) > 1).length;
    console.log(`\nrequired: accepted ${run.accepted.length}, stored ${rows.length}, lost ${lost}`);
    console.log(`counted before confirmation   ${counted} (counter ${counter.rows[0]?.total})`);
    console.log(`pledges without exactly one email   ${wrongEmails}`);
    console.log(`emails not yet sent after the drain ${pending}`);
    console.log(`accepted but not received   ${undelivered}   received twice   ${twice}`);
    return (
      lost === 0 &&
      counted === 0 &&
      counter.rows[0]?.total === "0" &&
      wrongEmails === 0 &&
      pending === 0 &&
      undelivered === 0 &&
      twice === 0
    );
  } finally {
    await client.end();
  }
}

let code = 1;
try {
  console.log(
    `\nPledge rate, confirmation off against required: ${connections} connections, ${duration} s each, one web process\n`,
  );
  const off = await measure("off");
  await off.stop();
  const required = await measure("required");
  try {
    console.log(
      `required / off   ${(required.rate / off.rate).toFixed(2)}   (issue 11: must not halve it)`,
    );
    const correct = await checkRequired(required);
    console.log(correct ? "\nData check: OK" : "\nData check: FAILED");
    code = correct ? 0 : 1;
  } finally {
    await required.stop();
  }
} catch (error) {
  console.error(error);
} finally {
  await mail.close();
}
process.exit(code);
