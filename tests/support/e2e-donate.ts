// A gift made in the browser as a donor makes it: the donate form, the emulator's hosted card page,
// back to the thank-you page once it says the payment was received.
import { expect, type Page } from "@playwright/test";
import donateMessages from "../../messages/en/donate.json" with { type: "json" };

const text = donateMessages.Donate;

/** Fills the emulator's card form and pays. */
export async function payByCard(page: Page, cardNumber = "4242424242424242"): Promise<void> {
  await page.locator("#card-email").fill("donor@example.org");
  await page.locator("#card-number").fill(cardNumber);
  await page.locator("#card-expiry").fill("12 / 34");
  await page.locator("#card-cvc").fill("123");
  await page.locator("#card-name").fill("Ada Donor");
  await page
    .locator("form", { has: page.locator("#card-number") })
    .getByRole("button")
    .click();
}

export interface BrowserGift {
  /** The currency's code as the form's select has it (`usd`, `jpy`); the first offered if unset. */
  currency?: string;
  /** The preset amount's label as the form shows it ("$50", "¥3,000"). */
  amount: string;
  /** "Show my name" chosen and this typed into "Name to show"; anonymous when unset. */
  publicName?: string;
  message?: string;
}

/** Gives once by card through /donate; the Checkout Session id, once the gift is paid. */
export async function giveThroughForm(page: Page, gift: BrowserGift): Promise<string> {
  await page.goto("/donate");
  if (gift.currency !== undefined) {
    await page.getByLabel(text.currencyLabel, { exact: true }).selectOption(gift.currency);
  }
  await page.getByRole("radio", { name: gift.amount, exact: true }).check();
  if (gift.publicName !== undefined) {
    await page.getByRole("radio", { name: text.visibilityName, exact: true }).check();
    await page.getByLabel(text.publicNameLabel, { exact: true }).fill(gift.publicName);
  }
  if (gift.message !== undefined) {
    await page.getByLabel(text.messageLabel, { exact: true }).fill(gift.message);
  }
  await page.getByRole("button", { name: `Donate ${gift.amount}`, exact: true }).click();
  await expect(page).toHaveURL(/\/checkout\/cs_/);
  const sessionId = /\/checkout\/(cs_[A-Za-z0-9_]+)/.exec(page.url())?.[1];
  if (sessionId === undefined) throw new Error(`not on a checkout page: ${page.url()}`);
  await payByCard(page);
  await expect(page).toHaveURL(/\/donate\/success\?session_id=cs_/);
  await expect(page.getByTestId("donation-outcome")).toHaveAttribute("data-state", "paid");
  return sessionId;
}
