// How to start the queue worker: Node with tsx and the server-only hook, and without the
// `react-server` condition (scripts/queue-worker.ts). Shared by scripts/run-app.ts and the tests.
export const QUEUE_WORKER_ARGS = [
  "--import",
  "tsx",
  "--import",
  "./scripts/queue-worker-hooks.mjs",
  "scripts/queue-worker.ts",
];

/**
 * The worker's environment: the app's, without a `react-server` condition in NODE_OPTIONS (the
 * browser tests put one there for their own workers, and a child inherits it): under it, `react`
 * would be React's server build, which react-dom/server cannot render with.
 */
export function queueWorkerEnv(env) {
  const options = (env.NODE_OPTIONS ?? "")
    .replace(/(^|\s)(--conditions[=\s]|-C\s?)react-server(?=\s|$)/g, " ")
    .trim();
  return { ...env, NODE_OPTIONS: options };
}
