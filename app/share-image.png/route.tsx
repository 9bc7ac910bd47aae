import { ImageResponse } from "next/og";
import messages from "@/messages/en.json";

// One share image for the whole site, at /share-image.png (the proxy leaves paths with a dot alone),
// rendered once at build. A plain route rather than Next's `opengraph-image` file convention: each
// page names it in its own share tags (lib/campaign/page-metadata.ts), and the convention would
// attach it to every route, the staff area included, and warn about metadataBase where no layout
// sets one. In the default language; a localized image per locale can replace it later.
export const dynamic = "force-static";

const size = { width: 1200, height: 630 };

const HEART_PATH =
  "M32 56.5c-1.1 0-2.2-.4-3-1.1C17.3 45.3 3.5 33.7 3.5 19.6 3.5 10.3 10.6 3 19.3 3c5.3 0 9.9 2.6 12.7 6.9C34.8 5.6 39.4 3 44.7 3c8.7 0 15.8 7.3 15.8 16.6 0 14.1-13.8 25.7-25.5 35.8-.8.7-1.9 1.1-3 1.1Z";

export function GET() {
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        alignItems: "center",
        gap: 64,
        padding: "0 96px",
        background: "linear-gradient(160deg, #eef4fc 0%, #ffffff 70%)",
        color: "#0d2b5a",
      }}
    >
      <svg width="300" height="272" viewBox="0 0 64 58" aria-hidden="true">
        <path fill="#1f63c6" d={HEART_PATH} />
      </svg>
      <div style={{ display: "flex", flexDirection: "column", gap: 16 }}>
        <div style={{ fontSize: 96, fontWeight: 700 }}>{messages.Metadata.siteName}</div>
        <div style={{ fontSize: 44, color: "#465366" }}>{messages.Metadata.ogImageTagline}</div>
      </div>
    </div>,
    size,
  );
}
