// Stripe fields are an id or, when expanded, the object; these read the id either way.
export function idOf(value: string | { id: string } | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === "string" ? value : value.id;
}

// Stripe's ids: a short prefix, an underscore, then letters, digits and underscores. The event id
// is stored (StripeEvent.id is 255 characters), the others are sent back to Stripe in URLs.
export const STRIPE_ID = /^[a-z]{1,10}_[A-Za-z0-9_]{1,240}$/;
