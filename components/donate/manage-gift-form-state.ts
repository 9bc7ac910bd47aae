/** The "manage my monthly gift" form after a submission. */
export interface ManageGiftFormState {
  /** "sent" is said whether or not the address has a gift (decision 029). */
  status: "idle" | "sent" | "invalid" | "rateLimited" | "notConfigured" | "unavailable";
  fieldErrors: { email?: "emailRequired" | "emailInvalid" };
  email: string;
  retryAfterMinutes?: number;
}

export const initialManageGiftFormState: ManageGiftFormState = {
  status: "idle",
  fieldErrors: {},
  email: "",
};
