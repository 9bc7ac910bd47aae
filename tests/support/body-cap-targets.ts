// Every endpoint that takes a body, for the body-cap checks: the browser test
// (tests/e2e/body-caps.spec.ts) and the memory benchmark (bench/body-cap.ts) send to the same ones.
import { serverActionId } from "./server-action-ids";

const multipart = { "content-type": "multipart/form-data; boundary=----cap" };

export interface BodyCapTarget {
  name: string;
  path: string;
  headers: Record<string, string>;
  /** Route handlers stop reading at the cap; for pages, Next reads on to the end and drops it. */
  stopsReading?: boolean;
}

/** Read when called: the action ids come from the build (server-action-ids.ts). */
export const bodyCapTargets = (): BodyCapTarget[] => [
  { name: "the pledge API", path: "/api/pledges", headers: {}, stopsReading: true },
  {
    name: "the Stripe webhook",
    path: "/api/webhooks/stripe",
    headers: { "stripe-signature": "t=1,v1=00" },
    stopsReading: true,
  },
  {
    name: "Auth.js's sign-in endpoint",
    path: "/api/auth/callback/credentials",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    stopsReading: true,
  },
  {
    name: "the pledge action",
    path: "/pledge",
    headers: { ...multipart, "next-action": serverActionId("signPledge") },
  },
  {
    name: "the donate action",
    path: "/donate",
    headers: { ...multipart, "next-action": serverActionId("startDonation") },
  },
  {
    name: "the staff sign-in action",
    path: "/admin/sign-in",
    headers: { ...multipart, "next-action": serverActionId("signInWithPassword") },
  },
  { name: "a form posted without JavaScript", path: "/pledge", headers: multipart },
];
