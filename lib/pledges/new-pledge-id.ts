import "server-only";
import { randomBytes, randomInt } from "node:crypto";

// The last id's time and 12-bit sequence (RFC 9562, section 6.2, method 1): ids made by one
// instance within the same millisecond still sort in the order they were made.
let lastMs = 0;
let sequence = 0;

/**
 * A UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, a 12-bit sequence, then random bits.
 * Ids sort by time, so "newest first" is "id descending" and the wall pages along the primary key
 * order. Prisma makes these for its own creates; pledges are inserted with raw SQL, so they are
 * made here.
 */
export function newPledgeId(now: number = Date.now()): string {
  if (now > lastMs) {
    lastMs = now;
    // Start low in the range so many ids can follow within the same millisecond.
    sequence = randomInt(0x800);
  } else {
    sequence += 1;
    if (sequence > 0xfff) {
      lastMs += 1;
      sequence = 0;
    }
  }
  const bytes = randomBytes(16);
  bytes.writeUIntBE(lastMs, 0, 6);
  bytes.writeUInt16BE(0x7000 | sequence, 6);
  bytes.writeUInt8((bytes.readUInt8(8) & 0x3f) | 0x80, 8);
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
