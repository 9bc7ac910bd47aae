// Every kind of staff action the audit trail records. Stored as text so new kinds need no migration.
export const AUDIT_ACTIONS = [
  "auth.sign_in",
  // No longer written (failed attempts go to the prunable SignInFailure table, decision 013);
  // kept so older entries still read as a known kind.
  "auth.sign_in_failed",
  "auth.sign_in_rate_limited",
  "auth.sign_out",
  "pledge.message_approved",
  "pledge.message_rejected",
  "pledge.marked_spam",
  "pledge.marked_not_spam",
  "pledge.erased",
  "donation.message_approved",
  "donation.message_rejected",
  "export.pledges",
  "export.donations",
  "staff.created",
  "staff.role_changed",
  "staff.disabled",
  "staff.enabled",
  "staff.password_changed",
  "staff.local_admin_created",
  "email.retried",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
