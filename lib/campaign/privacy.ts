// The version of the privacy notice a supporter agrees to. A pledge stores this string with its
// consent time, so change it (to the date of the change) whenever the notice's meaning changes.
export const PRIVACY_NOTICE_VERSION = "2026-12-04";

// Retention periods the privacy notice promises. Whoever writes the clean-up jobs and the rate
// limiter must keep to these numbers, or change them here and bump the version above.
export const PLEDGE_RETENTION_MONTHS_AFTER_CAMPAIGN = 12;
export const HASHED_IP_RETENTION_HOURS = 24;
