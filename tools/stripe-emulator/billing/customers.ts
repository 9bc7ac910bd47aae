import { AUTOMATIC, type EmulatorCore } from "../core/emulator-core";
import { newId } from "../ids";
import type { CustomerRecord } from "../state";
import { renderCustomer } from "./render-billing";

/** A customer for a first subscription, as Checkout creates one (`customer.created`). */
export function createCustomer(
  core: EmulatorCore,
  details: { email: string | null; name: string | null },
): CustomerRecord {
  const customer: CustomerRecord = {
    id: newId("cus"),
    created: core.now(),
    email: details.email,
    name: details.name,
    metadata: {},
  };
  core.state.customers[customer.id] = customer;
  core.emit("customer.created", renderCustomer(core.render, customer), AUTOMATIC);
  return customer;
}
