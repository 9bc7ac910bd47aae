// How to start the queue worker: Node with tsx and the server-only hook, and without the
// `react-server` condition (scripts/queue-worker.ts). Shared by scripts/run-app.ts and the tests.
export const QUEUE_WORKER_ARGS = [
  "--import",
  "tsx",
  "--import",
  "./scripts/queue-worker-hooks.mjs",
  "scripts/queue-worker.ts",
];
