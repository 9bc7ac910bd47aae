"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { getOperator } from "@/lib/campaign/operator";
import { createCheckoutSession } from "@/lib/donations/create-checkout-session";
import { retryAfterMinutes } from "@/lib/rate-limit/consume-rate-limit";
import { clientIp, hashIp } from "@/lib/security/client-ip";
import type { DonateFormState, DonateFormValues } from "./donate-form-state";

function text(value: FormDataEntryValue | null, max = 1000): string {
  return typeof value === "string" ? value.slice(0, max) : "";
}

function valuesOf(formData: FormData): DonateFormValues {
  return {
    currency: text(formData.get("currency"), 8),
    frequency: formData.get("frequency") === "monthly" ? "monthly" : "once",
    preset: text(formData.get("preset"), 32),
    customAmount: text(formData.get("customAmount"), 32),
    visibility: formData.get("visibility") === "name" ? "name" : "anonymous",
    publicName: text(formData.get("publicName")),
    message: text(formData.get("message")),
    inHonourOf: text(formData.get("inHonourOf")),
  };
}

/**
 * The donate form's action: checks the gift, opens a Stripe Checkout Session and sends the donor
 * to Stripe's page. With JavaScript the errors come back inline; without, the page re-renders.
 */
export async function startDonation(
  _previous: DonateFormState,
  formData: FormData,
): Promise<DonateFormState> {
  const requestedLocale = formData.get("locale");
  const locale = hasLocale(routing.locales, requestedLocale)
    ? requestedLocale
    : routing.defaultLocale;
  const values = valuesOf(formData);
  const t = await getTranslations({ locale, namespace: "Donate" });
  const operator = getOperator();
  const names = { operator: operator.name, beneficiary: operator.beneficiary.name };

  let result: Awaited<ReturnType<typeof createCheckoutSession>>;
  try {
    result = await createCheckoutSession(values, {
      ipHash: hashIp(clientIp(await headers())),
      locale,
      texts: {
        productName:
          values.frequency === "monthly"
            ? t("checkoutProductMonthly", names)
            : t("checkoutProductOnce", names),
        description: t("checkoutDescription", names),
      },
    });
  } catch (error) {
    console.error("[donate] could not start a donation", error);
    return { status: "unavailable", fieldErrors: {}, values };
  }

  // Stripe's hosted page (or the emulator's): an absolute URL outside this site.
  if (result.ok) redirect(result.url);
  switch (result.reason) {
    case "invalid":
      return { status: "invalid", fieldErrors: result.errors, values };
    case "rate-limited":
      return {
        status: "rateLimited",
        fieldErrors: {},
        values,
        retryAfterMinutes: retryAfterMinutes(result.retryAfterSeconds),
      };
    case "not-configured":
      return { status: "notConfigured", fieldErrors: {}, values };
    case "provider-error":
      return { status: "unavailable", fieldErrors: {}, values };
  }
}
