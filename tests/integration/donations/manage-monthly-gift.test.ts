// "Manage my monthly gift" (docs/decisions/029-manage-monthly-gift.md): a manage link opens a Stripe
// Customer Portal session through the real SDK against the emulator; the donor cancels, pauses and
// changes the card on the emulator's hosted portal page, and the events it sends
// (customer.subscription.updated / .paused / .resumed / .deleted, duplicated and shuffled here, as
// Stripe may deliver them) bring the donation to Stripe's current state, once per event.
import { eventsOfType, payOnHostedPage, type Testbed } from "@/tests/support/donations-testbed";
import { describe, expect, test } from "@/tests/support/integration-test";

test.override({
  testbedOptions: { deliver: true, duplicateDeliveries: 2, deliveryOrder: "shuffle" },
});

test.beforeEach(({ app }) => app.reset());

const IP = "b".repeat(64);

async function modules() {
  const [success, token, open, request, sync, handler] = await Promise.all([
    import("@/lib/donations/issue-success-manage-link"),
    import("@/lib/donations/manage-token"),
    import("@/lib/donations/open-manage-portal"),
    import("@/lib/donations/request-manage-link"),
    import("@/lib/donations/sync-subscription"),
    import("@/lib/donations/handle-stripe-event"),
  ]);
  return { ...success, ...token, ...open, ...request, ...sync, ...handler };
}

function tokenOf(link: string): string {
  const token = new URL(link).searchParams.get("token");
  if (!token) throw new Error(`no token in ${link}`);
  return token;
}

/** Submits one of the hosted portal page's forms, as a donor's browser would. */
async function portalForm(
  portalUrl: string,
  action: string,
  fields: Record<string, string>,
): Promise<{ status: number; html: string }> {
  const response = await fetch(`${portalUrl}/${action}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields),
  });
  return { status: response.status, html: await response.text() };
}

async function settle(testbed: Testbed): Promise<void> {
  await testbed.emulator.waitForDeliveries(20_000);
}

describe("manage my monthly gift", () => {
  test("the success page's one link opens a portal session for the gift's customer, in the donor's language, coming back to the site", async ({
    app: { db },
    testbed,
    startGift,
  }) => {
    const m = await modules();
    const { donationId, sessionId } = await startGift({ frequency: "monthly", preset: "usd:1000" });
    await payOnHostedPage(testbed.emulator, sessionId, { card: "4242424242424242" });
    await settle(testbed);
    const donation = await db.donation.findUniqueOrThrow({ where: { id: donationId } });
    expect(donation.status).toBe("PAID");

    const link = await m.issueSuccessManageLink(donation, "fr");
    expect(link).toMatch(/^http:\/\/localhost:3100\/fr\/donate\/manage\/open\?token=[\w-]{43}$/);
    // Shown once: a reload of the success page gets no second link.
    const reloaded = await db.donation.findUniqueOrThrow({ where: { id: donationId } });
    expect(await m.issueSuccessManageLink(reloaded, "fr")).toBeNull();
    // Only a keyed hash is stored.
    const token = tokenOf(link ?? "");
    const stored = await db.donationManageToken.findMany({ where: { donationId } });
    expect(stored.map((row) => row.tokenHash)).toEqual([m.hashManageToken(token)]);
    expect(stored[0]?.tokenHash).not.toContain(token);

    const opened = await m.openManagePortal(token, { ipHash: IP, locale: "fr" });
    if (!opened.ok) throw new Error(`not opened: ${opened.error.code}`);
    expect(opened.value.url).toMatch(
      new RegExp(`^${testbed.emulator.url}/billing_portal/session/bps_\\w+$`),
    );
    const page = await fetch(opened.value.url);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain("$10.00 per month");
    expect(html).toContain('href="http://localhost:3100/fr/donate/manage?from=portal"');

    // The app's own configuration: made once, found again by its tag, with the features it needs.
    const configurations = await testbed.stripe.billingPortal.configurations.list({ active: true });
    expect(configurations.data).toHaveLength(1);
    const features = configurations.data[0]?.features;
    expect(features?.subscription_cancel).toMatchObject({ enabled: true, mode: "at_period_end" });
    expect(features?.subscription_pause.enabled).toBe(true);
    expect(features?.payment_method_update.enabled).toBe(true);
    expect(features?.subscription_update.enabled).toBe(false);
    const again = await m.openManagePortal(token, { ipHash: IP, locale: "ar" });
    expect(again.ok).toBe(true);
    expect(
      (await testbed.stripe.billingPortal.configurations.list({ active: true })).data,
    ).toHaveLength(1);
  });

  test("a portal session through the SDK has Stripe's shape, and Arabic falls back to auto", async ({
    testbed,
    startGift,
  }) => {
    const { sessionId } = await startGift({ frequency: "monthly", preset: "usd:1000" });
    await payOnHostedPage(testbed.emulator, sessionId, { card: "4242424242424242" });
    await settle(testbed);
    const checkout = await testbed.stripe.checkout.sessions.retrieve(sessionId);
    const customer = String(checkout.customer);
    const { portalLocale } = await import("@/lib/donations/portal-locale");
    const session = await testbed.stripe.billingPortal.sessions.create({
      customer,
      locale: portalLocale("ar"),
      return_url: "http://localhost:3100/ar/donate/manage?from=portal",
    });
    expect(session).toMatchObject({
      object: "billing_portal.session",
      customer,
      locale: "auto",
      livemode: false,
      flow: null,
      return_url: "http://localhost:3100/ar/donate/manage?from=portal",
    });
    expect(session.configuration).toMatch(/^bpc_/);
    await expect(
      testbed.stripe.billingPortal.sessions.create({ customer, locale: "ar" }),
    ).rejects.toMatchObject({ type: "StripeInvalidRequestError", param: "locale" });
    await expect(
      testbed.stripe.billingPortal.sessions.create({ customer: "cus_missing" }),
    ).rejects.toMatchObject({ statusCode: 404, code: "resource_missing" });
  });

  test("the form answers the same whether or not the address has a gift, and makes a link only for a gift", async ({
    app: { db },
    testbed,
    startGift,
  }) => {
    const m = await modules();
    const { donationId, sessionId } = await startGift({ frequency: "monthly", preset: "usd:1000" });
    await payOnHostedPage(testbed.emulator, sessionId, { card: "4242424242424242" });
    await settle(testbed);

    const context = { ipHash: IP, locale: "es" };
    const withGift = await m.requestManageLink("  Donor@example.org ", context);
    const withoutGift = await m.requestManageLink("nobody@example.org", context);
    expect(withGift).toEqual(withoutGift);
    expect(withGift).toEqual({ ok: true, value: undefined });
    expect(await db.donationManageToken.count({ where: { donationId } })).toBe(1);
    expect(await db.donationManageToken.count()).toBe(1);

    expect(await m.requestManageLink("not an email", context)).toMatchObject({
      ok: false,
      error: { code: "invalid", field: "emailInvalid" },
    });
    expect(await m.requestManageLink("", context)).toMatchObject({
      ok: false,
      error: { code: "invalid", field: "emailRequired" },
    });
    // Three tries an hour per address, whoever asks.
    await m.requestManageLink("donor@example.org", { ipHash: "c".repeat(64), locale: "en" });
    await m.requestManageLink("donor@example.org", { ipHash: "d".repeat(64), locale: "en" });
    expect(
      await m.requestManageLink("donor@example.org", { ipHash: "e".repeat(64), locale: "en" }),
    ).toMatchObject({ ok: false, error: { code: "rateLimited" } });
  });

  test("an unknown, malformed or expired link opens nothing", async ({
    app: { db },
    testbed,
    startGift,
  }) => {
    const m = await modules();
    const { donationId, sessionId } = await startGift({ frequency: "monthly", preset: "usd:1000" });
    await payOnHostedPage(testbed.emulator, sessionId, { card: "4242424242424242" });
    await settle(testbed);
    const issuedAt = new Date();
    const token = await m.issueManageToken(donationId, issuedAt);
    const later = new Date(issuedAt.getTime() + (m.MANAGE_LINK_TTL_MINUTES * 60 + 1) * 1000);
    expect((await m.checkManageToken(token, later)).status).toBe("expired");
    expect((await m.checkManageToken(token, issuedAt)).status).toBe("valid");
    expect((await m.checkManageToken("A".repeat(43))).status).toBe("invalid");
    expect((await m.checkManageToken(`${token}x`)).status).toBe("invalid");
    expect(await m.openManagePortal(undefined, { ipHash: IP, locale: "en" })).toMatchObject({
      ok: false,
      error: { code: "invalid" },
    });
    expect(await m.openManagePortal("A".repeat(43), { ipHash: IP, locale: "en" })).toMatchObject({
      ok: false,
      error: { code: "invalid" },
    });
    // A new link sweeps the expired ones away.
    await m.issueManageToken(donationId, later);
    expect(await db.donationManageToken.count({ where: { donationId } })).toBe(1);
  });

  test("cancelling in the portal leaves the gift ending at the end of its month, once per event, and undoing it brings it back", async ({
    app: { db },
    testbed,
    startGift,
  }) => {
    const m = await modules();
    const { donationId, sessionId } = await startGift({ frequency: "monthly", preset: "usd:1000" });
    await payOnHostedPage(testbed.emulator, sessionId, { card: "4242424242424242" });
    await settle(testbed);
    const paid = await db.donation.findUniqueOrThrow({ where: { id: donationId } });
    const subscriptionId = paid.stripeSubscriptionId ?? "";
    const opened = await m.openManagePortal(await m.issueManageToken(donationId), {
      ipHash: IP,
      locale: "en",
    });
    if (!opened.ok) throw new Error(opened.error.code);

    const cancelled = await portalForm(opened.value.url, "cancel", {
      subscription: subscriptionId,
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.html).toContain("Cancels on");
    await settle(testbed);
    const subscription = await testbed.stripe.subscriptions.retrieve(subscriptionId);
    expect(subscription.cancel_at_period_end).toBe(true);
    const periodEnd = subscription.items.data[0]?.current_period_end ?? 0;
    const ending = await db.donation.findUniqueOrThrow({ where: { id: donationId } });
    expect(ending).toMatchObject({
      subscriptionStatus: "active",
      cancelAtPeriodEnd: true,
      endsAt: new Date(periodEnd * 1000),
      endedAt: null,
      status: "PAID",
    });
    // The same event again changes nothing and says so (the cancel's is the latest update: the
    // first was the subscription becoming active with its first payment).
    const event = JSON.parse(
      eventsOfType(testbed.emulator, "customer.subscription.updated").at(-1) ?? "null",
    );
    expect(await m.handleStripeEvent(event)).toBe("duplicateEvent");

    await portalForm(opened.value.url, "renew", { subscription: subscriptionId });
    await settle(testbed);
    expect(await db.donation.findUniqueOrThrow({ where: { id: donationId } })).toMatchObject({
      cancelAtPeriodEnd: false,
      endsAt: null,
      endedAt: null,
    });

    // Cancelled again, the month ends and Stripe deletes the subscription: the gift has ended.
    await portalForm(opened.value.url, "cancel", { subscription: subscriptionId });
    testbed.emulator.advanceClock({ days: 32 });
    await settle(testbed);
    const ended = await db.donation.findUniqueOrThrow({
      where: { id: donationId },
      include: { payments: true },
    });
    expect(ended.endedAt).not.toBeNull();
    expect(ended.subscriptionStatus).toBe("canceled");
    expect(ended.cancelAtPeriodEnd).toBe(false);
    expect(ended.payments).toHaveLength(1);
  });

  test("a pause stops the monthly payments until the donor resumes, and a new card is kept by Stripe", async ({
    app: { db },
    testbed,
    startGift,
  }) => {
    const m = await modules();
    const { donationId, sessionId } = await startGift({ frequency: "monthly", preset: "usd:1000" });
    await payOnHostedPage(testbed.emulator, sessionId, { card: "4242424242424242" });
    await settle(testbed);
    const subscriptionId =
      (await db.donation.findUniqueOrThrow({ where: { id: donationId } })).stripeSubscriptionId ??
      "";
    const token = await m.issueManageToken(donationId);
    const opened = await m.openManagePortal(token, { ipHash: IP, locale: "en" });
    if (!opened.ok) throw new Error(opened.error.code);

    const paused = await portalForm(opened.value.url, "pause", { subscription: subscriptionId });
    expect(paused.html).toContain("Paused.");
    await settle(testbed);
    const pausedRow = await db.donation.findUniqueOrThrow({ where: { id: donationId } });
    expect(pausedRow.subscriptionStatus).toBe("paused");
    expect(pausedRow.pausedAt).not.toBeNull();
    testbed.emulator.advanceClock({ days: 40 });
    await settle(testbed);
    expect(await db.donationPayment.count({ where: { donationId } })).toBe(1);
    // Forty days on, that portal session has long expired (Stripe's are short-lived): the same
    // link, still within its hour, opens a new one.
    expect(
      (await portalForm(opened.value.url, "resume", { subscription: subscriptionId })).status,
    ).toBe(410);
    const reopened = await m.openManagePortal(token, { ipHash: IP, locale: "en" });
    if (!reopened.ok) throw new Error(reopened.error.code);

    await portalForm(reopened.value.url, "resume", { subscription: subscriptionId });
    await settle(testbed);
    expect(await db.donation.findUniqueOrThrow({ where: { id: donationId } })).toMatchObject({
      subscriptionStatus: "active",
      pausedAt: null,
    });

    const declined = await portalForm(reopened.value.url, "card", {
      subscription: subscriptionId,
      card_number: "4000000000000002",
      expiry: "12 / 34",
      cvc: "123",
    });
    expect(declined.status).toBe(400);
    expect(declined.html).toContain("Your card was declined.");
    const updated = await portalForm(reopened.value.url, "card", {
      subscription: subscriptionId,
      card_number: "5555555555554444",
      expiry: "12 / 34",
      cvc: "123",
    });
    expect(updated.html).toContain("mastercard ending in 4444");
    await settle(testbed);
    const subscription = await testbed.stripe.subscriptions.retrieve(subscriptionId, {
      expand: ["default_payment_method"],
    });
    const method = subscription.default_payment_method;
    expect(typeof method === "object" && method?.card?.last4).toBe("4444");
    expect(testbed.deliveryStatuses.every((status) => status === 200)).toBe(true);
  });

  test("an immediate cancel (a portal configured so) ends the gift at once", async ({
    app: { db },
    testbed,
    startGift,
  }) => {
    const { donationId, sessionId } = await startGift({ frequency: "monthly", preset: "usd:1000" });
    await payOnHostedPage(testbed.emulator, sessionId, { card: "4242424242424242" });
    await settle(testbed);
    const donation = await db.donation.findUniqueOrThrow({ where: { id: donationId } });
    const configuration = await testbed.stripe.billingPortal.configurations.create({
      features: {
        subscription_cancel: { enabled: true, mode: "immediately" },
        payment_method_update: { enabled: false },
      },
    });
    const session = await testbed.stripe.billingPortal.sessions.create({
      customer: donation.stripeCustomerId ?? "",
      configuration: configuration.id,
    });
    await portalForm(session.url, "cancel", { subscription: donation.stripeSubscriptionId ?? "" });
    await settle(testbed);
    expect(await db.donation.findUniqueOrThrow({ where: { id: donationId } })).toMatchObject({
      subscriptionStatus: "canceled",
      cancelAtPeriodEnd: false,
    });
    expect(
      (await db.donation.findUniqueOrThrow({ where: { id: donationId } })).endedAt,
    ).not.toBeNull();
  });

  test("reads the amount each month, a scheduled end and a pause from Stripe's subscription", async ({
    testbed,
    startGift,
  }) => {
    const m = await modules();
    const { sessionId } = await startGift({ frequency: "monthly", preset: "usd:1000" });
    await payOnHostedPage(testbed.emulator, sessionId, { card: "4242424242424242" });
    await settle(testbed);
    const checkout = await testbed.stripe.checkout.sessions.retrieve(sessionId);
    const subscription = await testbed.stripe.subscriptions.retrieve(String(checkout.subscription));
    expect(m.subscriptionState(subscription)).toMatchObject({
      subscriptionStatus: "active",
      currentAmount: 1000,
      cancelAtPeriodEnd: false,
      endsAt: null,
      paused: false,
      endedAt: null,
    });
    // As staff would change it in Stripe's dashboard: two of the monthly price, ending on a date.
    const [item] = subscription.items.data;
    if (!item) throw new Error("no item");
    const changed = {
      ...subscription,
      items: { ...subscription.items, data: [{ ...item, quantity: 2 }] },
      cancel_at: 1_900_000_000,
      pause_collection: { behavior: "void" as const, resumes_at: null },
    };
    expect(m.subscriptionState(changed)).toMatchObject({
      currentAmount: 2000,
      cancelAtPeriodEnd: true,
      endsAt: new Date(1_900_000_000_000),
      paused: true,
    });
  });
});
