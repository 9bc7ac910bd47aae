"use server";

// The donate form's action, through publicAction: no role, and a malformed call (not a form)
// gets the form's "invalid" state instead of an exception.
import { redirect } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { routing } from "@/i18n/routing";
import { formFields } from "@/lib/actions/action-form";
import { publicAction } from "@/lib/actions/public-action";
import { getOperator } from "@/lib/campaign/operator";
import { createCheckoutSession } from "@/lib/donations/create-checkout-session";
import { log } from "@/lib/log";
import { retryAfterMinutes } from "@/lib/rate-limit/consume-rate-limit";
import type { DonateFormState, DonateFormValues } from "./donate-form-state";

function text(value: FormDataEntryValue | null, max = 1000): string {
  return typeof value === "string" ? value.slice(0, max) : "";
}

/** What the form shows again after a refusal: the choices narrowed to those it offers. */
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
    coverFees: formData.get("coverFees") === "on",
  };
}

/**
 * The donate form's action: checks the gift, opens a Stripe Checkout Session and sends the donor
 * to Stripe's page. With JavaScript the errors come back inline; without, the page re-renders.
 */
export const startDonation = publicAction(
  {
    // Only the form's shape: createCheckoutSession checks the gift itself.
    schema: z.object({ locale: z.unknown() }),
    refuse: async ({ form }): Promise<DonateFormState> => ({
      status: "invalid",
      fieldErrors: {},
      values: form ? valuesOf(form) : null,
    }),
  },
  async ({ input, form, ipHash }) => openCheckout(form, input.locale, ipHash),
);

async function openCheckout(
  formData: FormData,
  requestedLocale: unknown,
  ipHash: string,
): Promise<DonateFormState> {
  const locale = hasLocale(routing.locales, requestedLocale)
    ? requestedLocale
    : routing.defaultLocale;
  const values = valuesOf(formData);
  const t = await getTranslations({ locale, namespace: "Donate" });
  const operator = getOperator();
  const names = { operator: operator.name, beneficiary: operator.beneficiary.name };

  let result: Awaited<ReturnType<typeof createCheckoutSession>>;
  try {
    // The fields as sent, for createCheckoutSession to check: a "weekly" gift is refused, not
    // narrowed to a one-time gift as the redisplayed `values` are.
    result = await createCheckoutSession(formFields(formData), {
      ipHash,
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
    log.error({ err: error }, "donate: could not start a donation");
    return { status: "unavailable", fieldErrors: {}, values };
  }

  // Stripe's hosted page (or the emulator's): an absolute URL outside this site.
  if (result.ok) redirect(result.value.url);
  const refusal = result.error;
  switch (refusal.code) {
    case "invalid":
      return { status: "invalid", fieldErrors: refusal.fieldErrors, values };
    case "rateLimited":
      return {
        status: "rateLimited",
        fieldErrors: {},
        values,
        retryAfterMinutes: retryAfterMinutes(refusal.retryAfterSeconds),
      };
    case "notConfigured":
      return { status: "notConfigured", fieldErrors: {}, values };
    case "providerError":
      return { status: "unavailable", fieldErrors: {}, values };
  }
}
