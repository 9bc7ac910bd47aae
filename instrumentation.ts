// Next.js calls register() once when a server starts. The app's one background chore lives here:
// forgetting hashed IP addresses on time (lib/privacy/purge-expired-data.ts), hourly.
export async function register() {
  // biome-ignore lint/style/noProcessEnv: Next.js's own markers of the runtime and the build phase.
  const { NEXT_RUNTIME, NEXT_PHASE } = process.env;
  // The Node.js server only: not the edge runtime, not the build.
  if (NEXT_RUNTIME !== "nodejs" || NEXT_PHASE === "phase-production-build") return;
  const { startHousekeeping } = await import("./lib/privacy/housekeeping");
  startHousekeeping();
}
