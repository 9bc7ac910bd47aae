import type { DonationFieldErrors } from "@/lib/donations/donation-fields";

/** What the donor chose, sent back with an error (or kept after a cancelled payment). */
export interface DonateFormValues {
  currency: string;
  frequency: "once" | "monthly";
  /** "usd:2500" or "custom". */
  preset: string;
  customAmount: string;
  visibility: "name" | "anonymous";
  publicName: string;
  message: string;
  inHonourOf: string;
  /** "Cover the card fee" ticked. */
  coverFees: boolean;
}

export interface DonateFormState {
  status: "idle" | "invalid" | "rateLimited" | "notConfigured" | "unavailable";
  fieldErrors: DonationFieldErrors;
  values: DonateFormValues | null;
  retryAfterMinutes?: number;
}

export const initialDonateFormState: DonateFormState = {
  status: "idle",
  fieldErrors: {},
  values: null,
};
