// "Learn the signs": the indicators of /work/shared/safety-facts.md section 1, grouped as there, each
// part with the sources it comes from. The wording of every item is in the catalogs
// (LearnSigns.items.<id>, LearnSigns.advice.<id>), so this file serves every language as is.
import type { HelpLineSource } from "./help-line-schema";

const src = (url: string, dated = "undated"): HelpLineSource => ({ url: `https://${url}`, dated });

const UNODC_SEA = src(
  "www.unodc.org/southeastasiaandpacific/en/topics/illicit-trafficking/human-trafficking2.html",
);
const AVON_POLICE = src("www.avonandsomerset.police.uk/report/modern-slavery/");
const AFP = src("www.afp.gov.au/what-we-do/crime-types/human-trafficking");

/** Why no one sign proves anything: the sources of the page's opening caution. */
export const SIGNS_CAUTION_SOURCES = [
  UNODC_SEA,
  src(
    "www.unodc.org/e4j/zh/tip-and-som/module-6/key-issues/indicators-of-trafficking-in-persons.html",
  ),
] as const;

export const SIGN_GROUPS = [
  {
    id: "general",
    parts: [
      {
        id: "unodc",
        items: [
          "passportHeld",
          "cannotSpeak",
          "poorConditions",
          "injuries",
          "littleFreedom",
          "noEarnings",
          "movementsControlled",
        ],
        sources: [UNODC_SEA],
      },
    ],
  },
  {
    id: "work",
    parts: [
      {
        id: "ilo",
        items: [
          "abuseOfVulnerability",
          "deception",
          "restrictionOfMovement",
          "isolation",
          "violence",
          "threats",
          "documentsRetained",
          "wagesWithheld",
          "debtBondage",
          "abusiveConditions",
          "excessiveOvertime",
        ],
        sources: [
          src("www.readkong.com/page/ilo-indicators-of-forced-labour-5101277", "2012"),
          src(
            "www.seafish.org/responsible-sourcing/tools-for-ethical-seafood-sourcing/records/ilo-programme-indicators-of-forced-labour",
          ),
        ],
      },
      { id: "afp", items: ["largeDebt", "noContract", "passportWithEmployer"], sources: [AFP] },
    ],
  },
  {
    id: "living",
    parts: [
      {
        id: "police",
        items: ["crampedHousing", "liveAtWork", "fewBelongings", "droppedOff"],
        sources: [AVON_POLICE],
      },
    ],
  },
  {
    id: "control",
    parts: [
      {
        id: "dhs",
        items: [
          "disconnected",
          "childNotInSchool",
          "behaviourChange",
          "minorCommercialSex",
          "disoriented",
          "bruises",
          "fearful",
          "deniedNeeds",
          "controllingCompanion",
          "coached",
          "unsuitableLiving",
          "noPossessions",
          "cannotComeAndGo",
          "securityMeasures",
        ],
        sources: [
          src("trinitymountministries.com/search/label/Homeland%20Security", "2020-06-29"),
          src("espanol.castla.org/signs-of-human-trafficking"),
        ],
      },
      {
        id: "police",
        items: ["avoidsEyeContact", "spokenFor", "fearOfAuthorities"],
        sources: [AVON_POLICE],
      },
    ],
  },
  {
    id: "documents",
    parts: [
      {
        id: "several",
        items: ["noDocuments", "documentsHeldByOthers", "littleMoney", "inDebt"],
        sources: [
          UNODC_SEA,
          AVON_POLICE,
          AFP,
          src("westmidlandsantislavery.org/general-indicators/"),
        ],
      },
    ],
  },
  {
    id: "children",
    parts: [
      {
        id: "may",
        items: [
          "noParents",
          "intimidated",
          "noFriends",
          "noEducation",
          "noPlay",
          "livesApart",
          "eatsApart",
          "unsuitableWork",
          "travelsUnaccompanied",
        ],
        sources: [src("www.blueblindfold.gov.ie/en/bbf/pages/child_trafficking")],
      },
      {
        id: "suspicious",
        items: ["childSizedClothing", "toysInWorkplaces", "foundChild", "illegalAdoption"],
        sources: [src("www.blueblindfold.gov.ie/en/bbf/pages/child_trafficking")],
      },
    ],
  },
] as const;

/** What a member of the public should and should not do (section 1.7), each with its source. */
export const ADVICE = [
  {
    id: "dontConfront",
    kind: "dont",
    sources: [src("www.dhs.gov/blue-campaign/educate-yourself", "2014-11-05")],
  },
  {
    id: "dontInvestigate",
    kind: "dont",
    sources: [
      src(
        "cybercemetery.unt.edu/archive/oilspill/20130217024622/http://www.dhs.gov/landing-page/blue-campaign",
        "2013-02-17",
      ),
    ],
  },
  { id: "dontRemove", kind: "dont", sources: [src("modernslavery.gov.au/node/1148")] },
  { id: "getAgreement", kind: "do", sources: [src("modernslavery.gov.au/node/1148")] },
  { id: "noteDetails", kind: "do", sources: [src("togetherfree.org.uk/report-exploitation")] },
  { id: "stayOutOfDanger", kind: "do", sources: [src("togetherfree.org.uk/report-exploitation")] },
] as const;

export type SignGroupId = (typeof SIGN_GROUPS)[number]["id"];

/** The sources of each section of the "Staying safe online" page (safety-facts.md section 3). */
export const STAYING_SAFE_SOURCES = {
  exit: [
    src(
      "github.com/alphagov/govuk-design-system/tree/main/src/components/exit-this-page",
      "2024-11-08",
    ),
    src(
      "github.com/alphagov/govuk-design-system/tree/main/src/patterns/exit-a-page-quickly",
      "2025-07-28",
    ),
    src(
      "github.com/digitalnsw/nsw-design-system/tree/main/src/components/quick-exit",
      "2026-07-06",
    ),
  ],
  device: [
    src(
      "github.com/alphagov/govuk-design-system/tree/main/src/patterns/exit-a-page-quickly/safety-content-example",
      "2025-07-28",
    ),
    src(
      "www.seattle.gov/cityattorney/crime-victim-assistance/domestic-violence-help/internet-safety",
    ),
  ],
  history: [
    src(
      "github.com/alphagov/govuk-design-system/tree/main/src/patterns/exit-a-page-quickly/safety-content-example",
      "2025-07-28",
    ),
    src(
      "www.seattle.gov/cityattorney/crime-victim-assistance/domestic-violence-help/internet-safety",
    ),
    src("www.scotborders.gov.uk/emergencies-safety/domestic-abuse/4"),
  ],
} as const;

/** Further advice GOV.UK's pattern lists (only those whose address the facts give in full). */
export const STAYING_SAFE_RESOURCES = [
  { id: "refuge", url: "https://refugetechsafety.org/secure-your-tech/" },
  { id: "ncsc", url: "https://www.ncsc.gov.uk/section/advice-guidance/you-your-family" },
] as const;
