import "server-only";
import { type Env, env } from "@/lib/env";

/**
 * Whether a pledge waits for its signer's email confirmation before it counts (PLEDGE_CONFIRMATION).
 * Unset, it follows email: a production site with a mail server confirms; one without cannot.
 */
export function pledgeConfirmationRequired(
  source: Pick<Env, "PLEDGE_CONFIRMATION" | "SMTP_URL"> = env,
): boolean {
  return (source.PLEDGE_CONFIRMATION ?? (source.SMTP_URL ? "required" : "off")) === "required";
}
