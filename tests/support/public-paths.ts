import { campaignPages } from "../../lib/campaign/pages";

/** Every public page a browser test visits: the campaign pages, the action pages, a 404. */
export const PUBLIC_PATHS = [
  ...new Set([
    "/",
    "/pledge",
    "/pledge/thank-you",
    "/pledge/check-your-inbox?to=a***@e***.org",
    "/pledge/confirm?token=no-such-link",
    "/donate",
    "/donate/success?session_id=cs_test_unknown",
    "/donate/manage",
    "/supporters",
    ...campaignPages.map((page) => page.path),
    "/get-help?country=GB",
    "/no-such-page",
    "/admin/sign-in",
  ]),
];
