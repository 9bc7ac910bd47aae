import type Stripe from "stripe";
import { resourceMissing } from "../errors";
import type { EmulatorState } from "../state";

/*
 * What the renderers (each resource's render-*.ts) share. Every renderer returns the stripe
 * package's own type, so the compiler holds the emulator to the shape the SDK declares for the
 * pinned API version. Expandable fields are rendered as ids; expand.ts swaps in objects.
 */

export interface RenderContext {
  state: EmulatorState;
  /** Base URL of the emulator, for hosted page and receipt links. */
  publicUrl: string;
  /** Emulator time, unix seconds. */
  now: number;
  /** Stripe's `livemode` on every object: false (test mode) unless configured (CoreConfig). */
  livemode: boolean;
}

/** A record by id, or Stripe's 404 `resource_missing` naming the object and the parameter. */
export function requireRecord<T>(
  table: Record<string, T>,
  id: string,
  objectName: string,
  param = "id",
): T {
  const record = table[id];
  if (record === undefined) throw resourceMissing(objectName, id, param);
  return record;
}

/** The record an optional reference points at, if any. */
export function referenced<T>(table: Record<string, T>, id: string | null): T | undefined {
  return id === null ? undefined : table[id];
}

export function list<T>(data: T[], url: string): Stripe.ApiList<T> {
  return { object: "list", data, has_more: false, url };
}

export const noAddress: Stripe.Address = {
  city: null,
  country: null,
  line1: null,
  line2: null,
  postal_code: null,
  state: null,
};
