"use client";
import { useEffect } from "react";

/**
 * Drops the flash cookie once its notice is on screen, so a reload does not show it again. The
 * cookie is HttpOnly, so the server clears it (lib/admin/flash-notice.ts).
 */
export function ForgetFlashNotice({ route }: { route: string }) {
  useEffect(() => {
    void fetch(route, { method: "DELETE", keepalive: true }).catch(() => {
      // Offline or stopped: the cookie expires within a minute anyway.
    });
  }, [route]);
  return null;
}
