// Loaded with `node --import` by the queue worker (scripts/queue-worker.ts), which runs without the
// `react-server` condition so that react-dom/server can render emails. The app's server modules
// start with `import "server-only"`, which throws outside React's server environment: this hook
// resolves that one package as the server environment does (its empty module), nothing else.
import { register } from "node:module";

register(
  `data:text/javascript,${encodeURIComponent(`
export async function resolve(specifier, context, next) {
  if (specifier !== "server-only") return next(specifier, context);
  return next(specifier, { ...context, conditions: [...context.conditions, "react-server"] });
}`)}`,
);
