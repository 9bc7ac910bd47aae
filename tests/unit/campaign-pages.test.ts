import { describe, expect, it } from "vitest";
import { figures } from "@/lib/campaign/figures";
import { campaignPages, getCampaignPage, primaryNavPages } from "@/lib/campaign/pages";
import { PRIVACY_NOTICE_VERSION } from "@/lib/campaign/privacy";
import messages from "@/messages/en.json";

describe("campaign pages", () => {
  it("gives every page a unique path starting with a slash", () => {
    const paths = campaignPages.map((page) => page.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const path of paths) expect(path.startsWith("/")).toBe(true);
  });

  it("keeps other features' routes out of the campaign list", () => {
    for (const page of campaignPages) {
      expect(page.path).not.toMatch(/^\/(api|admin|pledge|donate)(\/|$)/);
    }
  });

  it("shows every figure on the page about human trafficking", () => {
    const shown = new Set(getCampaignPage("whatIsHumanTrafficking").figureIds);
    for (const figure of figures) expect(shown.has(figure.id), figure.id).toBe(true);
  });

  it("has a title, a description and a navigation label for every page", () => {
    for (const page of campaignPages) {
      expect(messages.Pages[page.id].title, page.id).toBeTruthy();
      expect(messages.Pages[page.id].description, page.id).toBeTruthy();
      expect(messages.Navigation[page.id], page.id).toBeTruthy();
    }
  });

  it("puts the information pages, not the privacy notice, in the main navigation", () => {
    expect(primaryNavPages.map((page) => page.id)).toEqual([
      "whatIsHumanTrafficking",
      "blueHeartCampaign",
      "whereDonationsGo",
    ]);
  });
});

describe("privacy notice version", () => {
  it("is a real calendar date, as stored with each pledge's consent", () => {
    expect(PRIVACY_NOTICE_VERSION).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const date = new Date(`${PRIVACY_NOTICE_VERSION}T00:00:00Z`);
    expect(date.toISOString().slice(0, 10)).toBe(PRIVACY_NOTICE_VERSION);
  });
});
