/*
 * Which payment methods a payment in a currency is offered. SEPA Direct Debit debits
 * "EUR-denominated bank account[s]" and is offered for EUR payments only
 * (https://docs.stripe.com/payments/sepa-debit); cards take every currency the emulator knows.
 */

export type EmulatedPaymentMethodType = "card" | "sepa_debit";

export function paymentMethodTypesFor(currency: string): EmulatedPaymentMethodType[] {
  return currency.toLowerCase() === "eur" ? ["card", "sepa_debit"] : ["card"];
}

export function offersSepaDebit(currency: string): boolean {
  return paymentMethodTypesFor(currency).includes("sepa_debit");
}
