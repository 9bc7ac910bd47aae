"use server";
// Sign out (any visitor may call it: it only ends their own session).
import { signOut } from "@/lib/auth/auth";
import { SIGN_IN_PATH } from "@/lib/auth/return-path";

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: SIGN_IN_PATH });
}
