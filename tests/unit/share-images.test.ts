// The share image of each language shows that language's catalog words, at 1200 × 630: a catalog
// change without `npm run share-images` fails here, as does a missing or edited image.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { routing } from "@/i18n/routing";
import {
  SHARE_IMAGE_SIZE,
  SHARE_IMAGES_DIR,
  type ShareImageManifest,
  shareImagePath,
} from "@/lib/campaign/share-images";

const dir = join(process.cwd(), SHARE_IMAGES_DIR);
const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as ShareImageManifest;

describe("the share images", () => {
  for (const locale of routing.locales) {
    it(`${locale}: shows the catalog's name and tagline, 1200 × 630, as rendered`, () => {
      const { Metadata } = JSON.parse(
        readFileSync(join(process.cwd(), "messages", `${locale}.json`), "utf8"),
      );
      const entry = manifest[locale];
      expect(entry, `run npm run share-images for ${locale}`).toBeDefined();
      expect(entry?.title).toBe(Metadata.siteName);
      expect(entry?.tagline).toBe(Metadata.ogImageTagline);
      const png = readFileSync(join(process.cwd(), "public", shareImagePath(locale)));
      expect(createHash("sha256").update(png).digest("hex")).toBe(entry?.sha256);
      // PNG signature, then the IHDR chunk: width and height, big-endian, at bytes 16 and 20.
      expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
      expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual(
        SHARE_IMAGE_SIZE,
      );
    });
  }

  it("has no image for a language the site does not serve", () => {
    expect(Object.keys(manifest).sort()).toEqual([...routing.locales].sort());
  });
});
