// Next.js calls register() once when a server starts. The app's hourly background chores start here:
// forgetting hashed IP addresses on time (lib/privacy/purge-expired-data.ts) and ending checkouts
// that expired unseen (lib/donations/sweep-stale-checkouts.ts).
export async function register() {
  // biome-ignore lint/style/noProcessEnv: Next.js's own markers of the runtime and the build phase.
  const { NEXT_RUNTIME, NEXT_PHASE } = process.env;
  // The Node.js server only: not the edge runtime, not the build.
  if (NEXT_RUNTIME !== "nodejs" || NEXT_PHASE === "phase-production-build") return;
  const { startHousekeeping } = await import("./lib/privacy/housekeeping");
  startHousekeeping();
}
