"use server";

// The "manage my monthly gift" form's action, through publicAction: no role, and a malformed call
// (not a form) gets the form's "invalid" state instead of an exception.
import { hasLocale } from "next-intl";
import { z } from "zod";
import { routing } from "@/i18n/routing";
import { publicAction } from "@/lib/actions/public-action";
import { requestManageLink } from "@/lib/donations/request-manage-link";
import { log } from "@/lib/log";
import { retryAfterMinutes } from "@/lib/rate-limit/consume-rate-limit";
import type { ManageGiftFormState } from "./manage-gift-form-state";

export const requestManageGiftLink = publicAction(
  {
    schema: z.object({ locale: z.unknown(), email: z.unknown() }),
    refuse: async (): Promise<ManageGiftFormState> => ({
      status: "invalid",
      fieldErrors: { email: "emailInvalid" },
      email: "",
    }),
  },
  async ({ input, ipHash }): Promise<ManageGiftFormState> => {
    const locale = hasLocale(routing.locales, input.locale) ? input.locale : routing.defaultLocale;
    const email = typeof input.email === "string" ? input.email.slice(0, 320) : "";
    try {
      const result = await requestManageLink(email, { ipHash, locale });
      if (result.ok) return { status: "sent", fieldErrors: {}, email };
      switch (result.error.code) {
        case "invalid":
          return { status: "invalid", fieldErrors: { email: result.error.field }, email };
        case "rateLimited":
          return {
            status: "rateLimited",
            fieldErrors: {},
            email,
            retryAfterMinutes: retryAfterMinutes(result.error.retryAfterSeconds),
          };
        case "notConfigured":
          return { status: "notConfigured", fieldErrors: {}, email };
      }
    } catch (error) {
      log.error({ err: error }, "donate: could not handle a manage-my-gift request");
      return { status: "unavailable", fieldErrors: {}, email };
    }
  },
);
