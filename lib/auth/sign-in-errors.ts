// Why a password sign-in was refused, as Auth.js error codes. The codes reach the sign-in form
// (and, for form posts to /api/auth, the URL), so they say nothing about whether the email exists.
import { CredentialsSignin } from "next-auth";

export class InvalidStaffCredentials extends CredentialsSignin {
  override code = "invalid";
}

export class StaffSignInRateLimited extends CredentialsSignin {
  override code: string;
  constructor(retryAfterSeconds: number) {
    super();
    this.code = `rateLimited.${retryAfterSeconds}`;
  }
}

/** Reads the wait back out of a `rateLimited.<seconds>` code. */
export function retryAfterFromCode(code: string | undefined): number | undefined {
  const match = /^rateLimited\.(\d+)$/.exec(code ?? "");
  return match?.[1] ? Number(match[1]) : undefined;
}
