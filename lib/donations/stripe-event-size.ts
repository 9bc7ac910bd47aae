/**
 * The largest webhook body the endpoint reads. Stripe publishes no maximum event size (its webhook
 * guide, docs.stripe.com/webhooks, names none); events carry one API object, observed in the tens
 * of kilobytes, and others who outgrew a small cap settled on 1 MB (mozilla/fxa#8861, #8873:
 * "Stripe adds objects on occasion"). 1 MiB is that, with room: see docs/decisions/015.
 */
export const MAX_STRIPE_EVENT_BYTES = 1024 * 1024;
