// The outbox and its delivery, with the real parts: the app queues messages in its transactions,
// the real queue worker (a child process) hands them to a real SMTP server (smtp-server, through
// tools/mail-catcher), and the test reads them as a mail client would (mailparser).
import { afterEach, describe, expect, it } from "vitest";
import { inTransaction } from "@/lib/database/in-transaction";
import { pgPool } from "@/lib/db";
import { queueEmail } from "@/lib/email/queue-email";
import { env } from "@/lib/env";
import arabic from "@/messages/ar/email.json";
import french from "@/messages/fr/email.json";
import { type QueueWorkerProcess, startQueueWorker } from "@/tests/support/queue-worker-process";
import { type MailCatcher, startMailCatcher } from "@/tools/mail-catcher/index";

const running: Array<MailCatcher | QueueWorkerProcess> = [];
afterEach(async () => {
  for (const part of running.splice(0).reverse()) {
    await ("smtpUrl" in part ? part.close() : part.stop());
  }
});

async function worker(catcher: MailCatcher) {
  const started = await startQueueWorker({
    DATABASE_URL: env.DATABASE_URL ?? "",
    SMTP_URL: catcher.smtpUrl,
    EMAIL_FROM: "blueheart@example.org",
    OPERATOR_NAME: "Example Campaign Trust",
    OPERATOR_POSTAL_ADDRESS: "1 Example Street, Example City",
    OPERATOR_CONTACT_EMAIL: "privacy@example.org",
    SITE_URL: "https://blueheart.example.org",
    // Short, so a crashed attempt is taken up again within seconds.
    EMAIL_SEND_TIMEOUT_MS: "1000",
  });
  running.push(started);
  return started;
}

async function catcher(options: Parameters<typeof startMailCatcher>[0] = {}) {
  const started = await startMailCatcher(options);
  running.push(started);
  return started;
}

async function outboxRow(id: string) {
  const { rows } = await pgPool.query(
    `SELECT "status", "attempts", "lastError", "data" FROM "EmailOutbox" WHERE "id" = $1`,
    [id],
  );
  return rows[0];
}

describe("email delivery", () => {
  it("sends each message once, in its recipient's language, with a text part and the operator's footer", async () => {
    const mail = await catcher({ refuseRecipient: (address) => address.startsWith("nobody@") });
    await worker(mail);
    const [thanks, confirm, refused] = await inTransaction(async (client) => [
      await queueEmail(client, {
        kind: "pledge-thanks",
        recipient: "amira@example.org",
        locale: "ar",
        data: { name: "أميرة" },
      }),
      await queueEmail(client, {
        kind: "pledge-confirm",
        recipient: "lea@example.org",
        locale: "fr",
        data: { name: "Léa", confirmUrl: "https://blueheart.example.org/fr/pledge/confirm?t=x" },
      }),
      await queueEmail(client, {
        kind: "pledge-already-signed",
        recipient: "nobody@example.org",
        locale: "en",
        data: {},
      }),
    ]);

    const inArabic = await mail.waitFor((m) => m.to.includes("amira@example.org"));
    expect(inArabic.subject).toBe(arabic.Email.pledgeThanks.subject);
    expect(inArabic.html).toContain('lang="ar" dir="rtl"');
    expect(inArabic.text).toContain("أميرة");
    expect(inArabic.text).toContain("https://blueheart.example.org/ar/learn-the-signs");
    expect(inArabic.from).toContain("Example Campaign Trust");
    expect(inArabic.from).toContain("blueheart@example.org");
    expect(inArabic.headers["reply-to"]).toContain("privacy@example.org");
    expect(inArabic.messageId).toBe(`<${thanks}@blueheart.example.org>`);
    for (const part of [inArabic.html, inArabic.text]) {
      expect(part).toContain("Example Campaign Trust");
      expect(part).toContain("1 Example Street, Example City");
    }

    const inFrench = await mail.waitFor((m) => m.to.includes("lea@example.org"));
    expect(inFrench.subject).toBe(french.Email.pledgeConfirm.subject);
    expect(inFrench.html).toContain('href="https://blueheart.example.org/fr/pledge/confirm?t=x"');
    expect(inFrench.text).toContain("https://blueheart.example.org/fr/pledge/confirm?t=x");

    // Sent: the row says so and no longer holds the link.
    await expect.poll(async () => (await outboxRow(confirm))?.status).toBe("SENT");
    expect(await outboxRow(confirm)).toMatchObject({ attempts: 1, data: {} });
    // A server's lasting refusal (550) is not retried: staff see the error.
    await expect.poll(async () => (await outboxRow(refused))?.status).toBe("FAILED");
    expect((await outboxRow(refused))?.lastError).toContain("550");
    expect(
      mail.messages.filter((m) => m.messageId === `<${thanks}@blueheart.example.org>`),
    ).toHaveLength(1);

    // The worker put the hourly chores on the queue's schedule, which every instance shares.
    const { rows: schedules } = await pgPool.query(
      `SELECT name, cron FROM pgboss.schedule ORDER BY name`,
    );
    expect(schedules).toEqual([
      { name: "purge-expired-data", cron: "17 * * * *" },
      { name: "sweep-stale-checkouts", cron: "47 * * * *" },
    ]);
  });

  it("queues nothing when the transaction that caused the message rolls back", async () => {
    const before = await pgPool.query(`SELECT count(*)::int AS n FROM pgboss.job`);
    await expect(
      inTransaction(async (client) => {
        await queueEmail(client, {
          kind: "pledge-thanks",
          recipient: "rolled@example.org",
          locale: "en",
          data: { name: "R" },
        });
        throw new Error("the pledge failed");
      }),
    ).rejects.toThrow("the pledge failed");
    const after = await pgPool.query(`SELECT count(*)::int AS n FROM pgboss.job`);
    expect(after.rows[0].n).toBe(before.rows[0].n);
    const { rows } = await pgPool.query(
      `SELECT 1 FROM "EmailOutbox" WHERE "recipient" = 'rolled@example.org'`,
    );
    expect(rows).toHaveLength(0);
  });

  it("loses no message and sends none twice when the worker is killed in the middle of sending", async () => {
    let holding: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      holding = resolve;
    });
    // The first delivery stops in the middle of its DATA, as a crash would leave it.
    const mail = await catcher({
      beforeData: (number) => {
        if (number !== 1) return;
        holding();
        return new Promise<void>(() => {});
      },
    });
    const first = await worker(mail);
    const id = await inTransaction((client) =>
      queueEmail(client, {
        kind: "pledge-thanks",
        recipient: "crash@example.org",
        locale: "en",
        data: { name: "Crash" },
      }),
    );
    await held;
    await first.kill();
    expect(mail.messages).toHaveLength(0);

    // Another worker (the restarted app) takes the dead attempt up once its time has run out.
    await worker(mail);
    const delivered = await mail.waitFor((m) => m.to.includes("crash@example.org"), 30_000);
    expect(delivered.messageId).toBe(`<${id}@blueheart.example.org>`);
    await expect.poll(async () => (await outboxRow(id))?.status).toBe("SENT");
    expect((await outboxRow(id))?.attempts).toBe(2);
    expect(mail.messages.filter((m) => m.to.includes("crash@example.org"))).toHaveLength(1);
  });
});
