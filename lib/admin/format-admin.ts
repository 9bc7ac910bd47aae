// Dates and numbers on staff screens. Times are shown in UTC (and say so): staff work across time
// zones, and an audit trail must read the same for everyone.
const dateTime = new Intl.DateTimeFormat("en", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});
const dateOnly = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });
const integer = new Intl.NumberFormat("en");

export function formatDateTime(date: Date): string {
  return `${dateTime.format(date)} UTC`;
}

export function formatDate(date: Date): string {
  return dateOnly.format(date);
}

export function formatCount(value: number): string {
  return integer.format(value);
}
