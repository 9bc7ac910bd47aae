/**
 * Runs the offline Stripe emulator for local development:
 *
 *   npx tsx tools/stripe-emulator/main.ts --port 12111 \
 *     --webhook-url http://localhost:3000/api/webhooks/stripe --webhook-secret whsec_... \
 *     [--state-file .data/stripe-emulator.json]
 *
 * See docs/stripe-emulator.md for every flag and control endpoint.
 */
import { parseArgs } from "node:util";
import {
  DEFAULT_ASYNC_PAYMENT_DELAY_MS,
  DEFAULT_BALANCE_TRANSACTION_DELAY_MS,
  DEFAULT_INVOICE_FINALIZATION_DELAY_SECONDS,
  DEFAULT_RETRY_DELAYS_MS,
  DEFAULT_SETTLEMENT_CURRENCY,
} from "./defaults";
import { DELIVERY_ORDERS, type DeliveryOrder } from "./events/webhooks";
import { startStripeEmulator } from "./start-stripe-emulator";

const HELP = `Usage: npx tsx tools/stripe-emulator/main.ts [options]

  --port <n>                    port to listen on (default 12111; 0 = any free port)
  --host <name>                 interface to listen on (default localhost)
  --public-url <url>            base URL for hosted checkout links (default http://<host>:<port>)
  --webhook-url <url>           where to POST events (default: record only, send nothing)
  --webhook-secret <whsec_...>  signing secret (default: a random one, printed at start)
  --state-file <path>           keep state in this JSON file across restarts
  --settlement-currency <cur>   currency of balance transactions (default ${DEFAULT_SETTLEMENT_CURRENCY})
  --events <a,b,...>            only send these event types (default: all)
  --duplicate-deliveries <n>    send every event n times (default 1)
  --delivery-order <order>      in-order (default), reverse or shuffle
  --retry-delays <ms,ms,...>    delays between delivery attempts (default ${DEFAULT_RETRY_DELAYS_MS.join(",")})
  --async-payment-delay <ms>    when bank debits settle (default ${DEFAULT_ASYNC_PAYMENT_DELAY_MS}; "manual" = only on request)
  --late-balance-transactions   every charge gets its balance transaction after it succeeds, then
                                charge.updated, as with Stripe's asynchronous capture (default: at once)
  --balance-transaction-delay <ms>  how much later (default ${DEFAULT_BALANCE_TRANSACTION_DELAY_MS}; "manual" = only on request)
  --invoice-finalization-delay <s>  emulator-clock seconds from a renewal's draft invoice to its
                                finalization and payment (default ${DEFAULT_INVOICE_FINALIZATION_DELAY_SECONDS}, as on Stripe)
  --webhook-api-version <v>     the webhook endpoint's API version (default: the pinned one, the only
                                one the emulator renders; any other is refused)
  --quiet                       do not log requests
  --help                        show this help`;

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "12111" },
    host: { type: "string", default: "localhost" },
    "public-url": { type: "string" },
    "webhook-url": { type: "string" },
    "webhook-secret": { type: "string" },
    "state-file": { type: "string" },
    "settlement-currency": { type: "string", default: DEFAULT_SETTLEMENT_CURRENCY },
    events: { type: "string" },
    "duplicate-deliveries": { type: "string", default: "1" },
    "delivery-order": { type: "string", default: "in-order" },
    "retry-delays": { type: "string" },
    "async-payment-delay": { type: "string", default: String(DEFAULT_ASYNC_PAYMENT_DELAY_MS) },
    "late-balance-transactions": { type: "boolean", default: false },
    "balance-transaction-delay": {
      type: "string",
      default: String(DEFAULT_BALANCE_TRANSACTION_DELAY_MS),
    },
    "invoice-finalization-delay": {
      type: "string",
      default: String(DEFAULT_INVOICE_FINALIZATION_DELAY_SECONDS),
    },
    "webhook-api-version": { type: "string" },
    quiet: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
  strict: true,
});

if (values.help) {
  console.log(HELP);
  process.exit(0);
}

function integer(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`--${name} must be a whole number, got "${text}"\n\n${HELP}`);
    process.exit(2);
  }
  return value;
}

function isDeliveryOrder(value: string): value is DeliveryOrder {
  return DELIVERY_ORDERS.some((order) => order === value);
}

const order = values["delivery-order"];
if (!isDeliveryOrder(order)) {
  console.error(`--delivery-order must be in-order, reverse or shuffle, got "${order}"`);
  process.exit(2);
}
const asyncDelay = values["async-payment-delay"];
const balanceDelay = values["balance-transaction-delay"];

const emulator = await startStripeEmulator({
  port: integer("port", values.port),
  host: values.host,
  publicUrl: values["public-url"],
  webhookUrl: values["webhook-url"] ?? null,
  webhookSecret: values["webhook-secret"],
  stateFile: values["state-file"] ?? null,
  settlementCurrency: values["settlement-currency"],
  enabledEvents: values.events ? values.events.split(",").map((type) => type.trim()) : undefined,
  duplicateDeliveries: integer("duplicate-deliveries", values["duplicate-deliveries"]),
  deliveryOrder: order,
  retryDelaysMs: values["retry-delays"]?.split(",").map((ms) => integer("retry-delays", ms.trim())),
  asyncPaymentDelayMs: asyncDelay === "manual" ? null : integer("async-payment-delay", asyncDelay),
  lateBalanceTransactions: values["late-balance-transactions"],
  balanceTransactionDelayMs:
    balanceDelay === "manual" ? null : integer("balance-transaction-delay", balanceDelay),
  invoiceFinalizationDelaySeconds: integer(
    "invoice-finalization-delay",
    values["invoice-finalization-delay"],
  ),
  webhookApiVersion: values["webhook-api-version"],
  log: values.quiet ? undefined : (line) => console.log(line),
}).catch((error: unknown) => {
  // A setting the emulator refuses (an unknown currency, another API version): say so, no stack.
  console.error(`stripe-emulator: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
});

console.log(`Stripe emulator listening on ${emulator.url} (API version ${emulator.apiVersion})`);
console.log(
  `  SDK options: { host: "${emulator.host}", port: ${emulator.port}, protocol: "http" } with any sk_test_ key`,
);
console.log(
  values["webhook-url"]
    ? `  Webhooks: ${values["webhook-url"]} signed with ${values["webhook-secret"] ? "the given secret" : emulator.webhookSecret}`
    : "  Webhooks: none (--webhook-url not set); events are still recorded at /v1/events",
);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void emulator.close().then(() => process.exit(0));
  });
}
