import "server-only";
// A notice that survives one redirect (epic-stack's redirectWithToast, with a cookie): the action
// sets it and redirects, the next staff page shows it, and the browser drops it (the notice
// component asks FLASH_NOTICE_ROUTE to clear it at once; without JavaScript it expires within a
// minute). Scoped to /admin: public pages never read or set it. HttpOnly, and on https Secure with
// the __Secure- prefix (decision 014): no script reads it, and no http page can plant one.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { env } from "@/lib/env";
import { isHttpsSite } from "@/lib/security/security-headers";
import { isStaffNoticeKey, STAFF_NOTICES, type StaffNotice } from "./staff-notice";

const secure = isHttpsSite(env.SITE_URL);
export const FLASH_COOKIE = secure ? "__Secure-bh_notice" : "bh_notice";
export const FLASH_COOKIE_PATH = "/admin";
/** The route the notice's script calls to drop the cookie once the notice is on screen. */
export const FLASH_NOTICE_ROUTE = "/admin/flash-notice";
const FLASH_SECONDS = 60;
const cookieFlags = { path: FLASH_COOKIE_PATH, httpOnly: true, secure, sameSite: "lax" } as const;

const storedNotice = z.object({
  key: z.string().refine(isStaffNoticeKey),
  count: z.number().int().min(0).max(1_000_000).optional(),
});

/** Sets the notice, then redirects (a 303 without JavaScript; Next's redirect with it). */
export async function redirectWithNotice(path: string, notice: StaffNotice): Promise<never> {
  (await cookies()).set(FLASH_COOKIE, JSON.stringify(notice), {
    ...cookieFlags,
    maxAge: FLASH_SECONDS,
  });
  redirect(path);
}

/** Drops the notice (FLASH_NOTICE_ROUTE): it has been shown. */
export async function forgetFlashNotice(): Promise<void> {
  (await cookies()).delete({ name: FLASH_COOKIE, ...cookieFlags });
}

/** The notice left by the last action, if any (a forged or stale cookie shows nothing). */
export async function readFlashNotice(): Promise<(StaffNotice & { tone: "ok" | "error" }) | null> {
  const raw = (await cookies()).get(FLASH_COOKIE)?.value;
  if (!raw) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  const parsed = storedNotice.safeParse(value);
  if (!parsed.success || !isStaffNoticeKey(parsed.data.key)) return null;
  return { key: parsed.data.key, count: parsed.data.count, tone: STAFF_NOTICES[parsed.data.key] };
}
