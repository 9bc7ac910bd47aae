// A pledge through the public API from a chosen loopback address, as a browser without the form's
// JavaScript would: fetch a form token, then post. For the browser-suite tests of pledge limits.
import { loopbackRequest } from "./loopback-request";

export interface Arrival {
  from: string;
  headers?: Record<string, string>;
}

/** The status of the post (201 accepted, 429 limited); the token is fetched as `token` arrives. */
export async function postPledge(
  baseUrl: string,
  email: string,
  arrivals: { token: Arrival; post: Arrival },
): Promise<number> {
  const tokenResponse = await loopbackRequest(`${baseUrl}/api/pledges`, arrivals.token);
  const { formToken } = JSON.parse(tokenResponse.body) as { formToken: string };
  const response = await loopbackRequest(`${baseUrl}/api/pledges`, {
    method: "POST",
    from: arrivals.post.from,
    headers: { ...arrivals.post.headers, "content-type": "application/json" },
    body: JSON.stringify({
      displayName: "Pupil",
      email,
      country: "KE",
      message: "",
      showOnWall: false,
      consent: true,
      formToken,
      website: "",
    }),
  });
  return response.status;
}
