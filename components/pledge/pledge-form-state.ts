import type { PledgeFieldErrors } from "@/lib/pledges/pledge-fields";

/** What the visitor typed, sent back with an error so the form (also without JavaScript) keeps it. */
export interface PledgeFormValues {
  displayName: string;
  email: string;
  country: string;
  message: string;
  showOnWall: boolean;
  consent: boolean;
}

export interface PledgeFormState {
  status: "idle" | "invalid" | "tooFast" | "formExpired" | "rateLimited" | "unavailable";
  fieldErrors: PledgeFieldErrors;
  values: PledgeFormValues | null;
  /** For "rateLimited": whole minutes to wait. */
  retryAfterMinutes?: number;
  /** A fresh form token, when the old one expired. */
  formToken?: string;
}

export const initialPledgeFormState: PledgeFormState = {
  status: "idle",
  fieldErrors: {},
  values: null,
};
