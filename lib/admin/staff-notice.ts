// Every notice a staff action can leave for the page it redirects to, declared once: the message
// (a key in messages/en/admin.json, namespace Admin) and whether it reports a success or a refusal.
export const STAFF_NOTICES = {
  "pledges.approved": "ok",
  "pledges.rejected": "ok",
  "pledges.markedSpam": "ok",
  "pledges.markedNotSpam": "ok",
  "pledges.unchanged": "ok",
  "pledges.bulkDone": "ok",
  "pledges.erased": "ok",
  "pledges.bulkNone": "error",
  "pledges.invalidRequest": "error",
  "pledges.eraseRefused": "error",
  "donations.approved": "ok",
  "donations.rejected": "ok",
  "donations.unchanged": "ok",
  "donations.invalidRequest": "error",
  "outbox.retried": "ok",
  "outbox.unchanged": "ok",
  "outbox.invalidRequest": "error",
  "staff.updated": "ok",
  "staff.lastAdmin": "error",
  "staff.notFound": "error",
  "staff.invalid": "error",
} as const;

export type StaffNoticeKey = keyof typeof STAFF_NOTICES;

export interface StaffNotice {
  key: StaffNoticeKey;
  /** For messages with a number in them ("3 pledges updated"). */
  count?: number;
}

export function isStaffNoticeKey(value: unknown): value is StaffNoticeKey {
  return typeof value === "string" && Object.hasOwn(STAFF_NOTICES, value);
}
