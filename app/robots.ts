import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { env } from "@/lib/env";

export default async function robots(): Promise<MetadataRoute.Robots> {
  // Rendered per request, so the sitemap's address is the running server's SITE_URL, not the build's.
  await connection();
  return {
    // The campaign pages are public; the signed-in area and the API are not for search engines.
    rules: { userAgent: "*", allow: "/", disallow: ["/admin", "/api/"] },
    sitemap: new URL("/sitemap.xml", env.SITE_URL).toString(),
  };
}
