import type { FigureId } from "./figures";

// The campaign's information pages: the header and footer links, the sitemap and the end-to-end
// tests all read this list, so a new page is added here once.

export type CampaignPageId =
  | "home"
  | "whatIsHumanTrafficking"
  | "blueHeartCampaign"
  | "whereDonationsGo"
  | "privacy"
  | "getHelp"
  | "learnTheSigns"
  | "stayingSafeOnline";

export type CampaignPage = {
  id: CampaignPageId;
  /** The path without a locale prefix (English has none; other languages get `/<locale>`). */
  path: string;
  /** The figures the page shows, each with its source and year. */
  figureIds: readonly FigureId[];
  /** Where the page is linked from besides its own URL. */
  nav: "primary" | "footer" | "none";
};

export const campaignPages = [
  {
    id: "home",
    path: "/",
    figureIds: ["forcedLabour2021", "modernSlavery2021", "forcedLabour2012"],
    nav: "none",
  },
  {
    id: "whatIsHumanTrafficking",
    path: "/what-is-human-trafficking",
    figureIds: [
      "forcedLabour2012",
      "bySex2012",
      "children2012",
      "womenShare2012",
      "regionalPatterns2022",
      "forcedLabour2021",
      "modernSlavery2021",
    ],
    nav: "primary",
  },
  { id: "blueHeartCampaign", path: "/blue-heart-campaign", figureIds: [], nav: "primary" },
  { id: "whereDonationsGo", path: "/where-donations-go", figureIds: [], nav: "primary" },
  { id: "privacy", path: "/privacy", figureIds: [], nav: "footer" },
  // For the people the campaign is about (docs/decisions/017-safety-features.md).
  { id: "getHelp", path: "/get-help", figureIds: [], nav: "footer" },
  { id: "learnTheSigns", path: "/learn-the-signs", figureIds: [], nav: "footer" },
  { id: "stayingSafeOnline", path: "/staying-safe-online", figureIds: [], nav: "footer" },
] as const satisfies readonly CampaignPage[];

export function getCampaignPage(id: CampaignPageId): CampaignPage {
  const page = campaignPages.find((candidate) => candidate.id === id);
  if (page === undefined) {
    throw new Error(`Unknown campaign page "${id}"`);
  }
  return page;
}

export const primaryNavPages: readonly CampaignPage[] = campaignPages.filter(
  (page) => page.nav === "primary",
);
