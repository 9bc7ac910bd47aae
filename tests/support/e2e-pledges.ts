// Pledges signed through the public JSON API for the browser tests' arrangements.
import { randomBytes } from "node:crypto";
import { type APIRequestContext, expect } from "@playwright/test";

export interface ApiPledge {
  displayName: string;
  message?: string;
  showOnWall: boolean;
  country?: string;
}

/**
 * Signs each pledge with a fresh email (`<emailPrefix>-<random>@example.org`) and a form token
 * old enough to be accepted; returns the emails, in order.
 */
export async function signPledgesViaApi(
  request: APIRequestContext,
  pledges: readonly ApiPledge[],
  emailPrefix: string,
): Promise<string[]> {
  const token = await request.get("/api/pledges");
  const { formToken, minimumSeconds } = (await token.json()) as {
    formToken: string;
    minimumSeconds: number;
  };
  await new Promise((resolve) => setTimeout(resolve, minimumSeconds * 1000 + 300));
  const emails: string[] = [];
  for (const pledge of pledges) {
    const email = `${emailPrefix}-${randomBytes(5).toString("hex")}@example.org`;
    const response = await request.post("/api/pledges", {
      data: { country: "GH", ...pledge, email, consent: true, formToken },
    });
    expect(response.status()).toBe(201);
    emails.push(email);
  }
  return emails;
}
