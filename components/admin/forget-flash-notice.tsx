"use client";
import { useEffect } from "react";

/** Drops the flash cookie once its notice is on screen, so a reload does not show it again. */
export function ForgetFlashNotice({ name, path }: { name: string; path: string }) {
  useEffect(() => {
    // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing from browsers staff may use (Firefox before 140, older Safari), and this cookie is not HttpOnly on purpose.
    document.cookie = `${name}=; Max-Age=0; Path=${path}; SameSite=Lax`;
  }, [name, path]);
  return null;
}
