"use server";

// The pledge form's action, through publicAction: no role, and a malformed call (not a form)
// gets the form's "invalid" state instead of an exception.
import { updateTag } from "next/cache";
import { hasLocale } from "next-intl";
import { z } from "zod";
import { redirect } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { publicAction } from "@/lib/actions/public-action";
import { isCountryCode } from "@/lib/countries/country-codes";
import { log } from "@/lib/log";
import { issueFormToken } from "@/lib/pledges/form-token";
import { maskEmail } from "@/lib/pledges/mask-email";
import { readPledgeForm } from "@/lib/pledges/read-pledge-form";
import { recordPledge } from "@/lib/pledges/record-pledge";
import { retryAfterMinutes } from "@/lib/rate-limit/consume-rate-limit";
import { PUBLIC_STATS_TAG } from "@/lib/stats/get-public-stats";
import type { PledgeFormState, PledgeFormValues } from "./pledge-form-state";

function valuesOf(fields: Record<string, unknown>): PledgeFormValues {
  const text = (value: unknown) => (typeof value === "string" ? value.slice(0, 1000) : "");
  return {
    displayName: text(fields.displayName),
    email: text(fields.email),
    country: text(fields.country),
    message: text(fields.message),
    showOnWall: fields.showOnWall === "on",
    consent: fields.consent === "on",
  };
}

/**
 * The pledge form's action. With JavaScript it answers the form's state (inline errors); without,
 * the browser posts the form here and gets the re-rendered page or the redirect. Either way a
 * signed pledge ends on the thank-you page, whether it was new or a repeat.
 */
export const signPledge = publicAction(
  {
    // Only the form's shape: recordPledge checks the fields themselves (the JSON API shares it).
    schema: z.object({ locale: z.unknown() }),
    refuse: async ({ form }): Promise<PledgeFormState> => ({
      status: "invalid",
      fieldErrors: {},
      values: form ? valuesOf(readPledgeForm(form)) : null,
    }),
  },
  async ({ input, form, ipHash }) => recordSignature(form, localeOf(input.locale), ipHash),
);

function localeOf(requested: unknown): (typeof routing.locales)[number] {
  return hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
}

async function recordSignature(
  form: FormData,
  locale: (typeof routing.locales)[number],
  ipHash: string,
): Promise<PledgeFormState> {
  const fields = readPledgeForm(form);
  const values = valuesOf(fields);

  let result: Awaited<ReturnType<typeof recordPledge>>;
  try {
    result = await recordPledge(fields, { ipHash, locale });
  } catch (error) {
    log.error({ err: error }, "pledge: could not record a pledge");
    return { status: "unavailable", fieldErrors: {}, values };
  }

  if (result.ok) {
    // The thank-you page shows the total including this pledge (read-your-own-writes). Also for a
    // repeat, which is not counted: anything else would make it observable.
    updateTag(PUBLIC_STATS_TAG);
    // PLEDGE_CONFIRMATION=required: "check your inbox", the address masked (lib/pledges/mask-email.ts).
    if (result.value.awaitingConfirmation) {
      return redirect({
        href: {
          pathname: "/pledge/check-your-inbox",
          query: { to: maskEmail(values.email.trim()) },
        },
        locale,
      });
    }
    // Only the country travels in the address (for "Get help" on the thank-you page): never the
    // name or the email, which would end up in the history, logs and Referer headers.
    const country = values.country.trim().toUpperCase();
    return redirect({
      href: isCountryCode(country)
        ? { pathname: "/pledge/thank-you", query: { country } }
        : "/pledge/thank-you",
      locale,
    });
  }
  const refusal = result.error;
  switch (refusal.code) {
    case "invalid":
      return { status: "invalid", fieldErrors: refusal.fieldErrors, values };
    case "tooFast":
      return { status: "tooFast", fieldErrors: {}, values };
    case "formExpired":
      return { status: "formExpired", fieldErrors: {}, values, formToken: issueFormToken() };
    case "rateLimited":
      return {
        status: "rateLimited",
        fieldErrors: {},
        values,
        retryAfterMinutes: retryAfterMinutes(refusal.retryAfterSeconds),
      };
  }
}
