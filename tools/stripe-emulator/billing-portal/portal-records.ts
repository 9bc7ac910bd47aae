import { z } from "zod";

/*
 * The Customer Portal's records (docs.stripe.com/api/customer_portal): the configurations an
 * account makes, and the short-lived sessions that open the hosted portal for one customer.
 */

export const PortalConfigurationRecord = z.object({
  id: z.string(),
  created: z.number().int(),
  name: z.string().nullable(),
  metadata: z.record(z.string(), z.string()),
  defaultReturnUrl: z.string().nullable(),
  cancel: z.object({ enabled: z.boolean(), mode: z.enum(["at_period_end", "immediately"]) }),
  pause: z.object({ enabled: z.boolean() }),
  paymentMethodUpdate: z.boolean(),
  invoiceHistory: z.boolean(),
});
export type PortalConfigurationRecord = z.infer<typeof PortalConfigurationRecord>;

export const PortalSessionRecord = z.object({
  id: z.string(),
  created: z.number().int(),
  /** Stripe's portal sessions stop working after a short while; so do these. */
  expiresAt: z.number().int(),
  customerId: z.string(),
  configurationId: z.string(),
  locale: z.string().nullable(),
  returnUrl: z.string().nullable(),
});
export type PortalSessionRecord = z.infer<typeof PortalSessionRecord>;
