"use client";
// Server components cannot refresh the session cookie, so each navigation in the staff area asks
// Auth.js's session endpoint once: that records the activity the idle timeout measures.
import { usePathname } from "next/navigation";
import { useEffect } from "react";

export function SessionKeepAlive() {
  const pathname = usePathname();
  useEffect(() => {
    if (pathname.startsWith("/admin/sign-in")) return;
    void fetch(`/api/auth/session?seen=${encodeURIComponent(pathname)}`, {
      cache: "no-store",
      credentials: "same-origin",
    }).catch(() => {});
  }, [pathname]);
  return null;
}
