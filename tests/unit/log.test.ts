// The log line's shape (lib/log/log.mjs): JSON, the request's id inside a request, errors with
// their cause but without a driver's quoted row, and no email or IP address whoever wrote the call.
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLog, requestContext } from "@/lib/log/log.mjs";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { log: createLog({ level: "info", destination }), lines };
}

describe("the structured log", () => {
  it("carries the id of the request it was written in, and none outside one", () => {
    const { log, lines } = capture();
    requestContext.run({ requestId: "req-1" }, () => log.info("inside"));
    log.info("outside");
    expect(lines.map((line) => [line.msg, line.reqId])).toEqual([
      ["inside", "req-1"],
      ["outside", undefined],
    ]);
    expect(lines[0]).toMatchObject({ level: "info" });
    expect(typeof lines[0]?.time).toBe("string");
  });

  it("keeps an error's kind, message, code and cause, not the fields a driver adds", () => {
    const { log, lines } = capture();
    const cause = Object.assign(new Error("duplicate key value violates unique constraint"), {
      code: "23505",
      detail: "Key (email)=(pupil@school.example) already exists.",
    });
    log.error({ err: new Error("could not record a pledge", { cause }) }, "pledge: failed");
    const err = lines[0]?.err as Record<string, unknown>;
    expect(err).toMatchObject({ type: "Error", message: "could not record a pledge" });
    expect(err.cause).toMatchObject({ code: "23505", message: cause.message });
    expect(JSON.stringify(lines[0])).not.toContain("pupil@school.example");
    expect(JSON.stringify(lines[0])).not.toContain("detail");
  });

  it("blanks email and IP addresses wherever a call put them", () => {
    const { log, lines } = capture();
    log.warn(
      { path: "/pledge/someone@example.org", note: "from 203.0.113.7 and ::ffff:10.0.0.1 and ::1" },
      "no such page for anna.k+tag@mail.example.com, 2001:db8:0:0:0:0:0:1",
    );
    const text = JSON.stringify(lines[0]);
    for (const personal of [
      "someone@example.org",
      "203.0.113.7",
      "10.0.0.1",
      "::1",
      "anna.k",
      "2001:db8",
    ])
      expect(text).not.toContain(personal);
    expect(lines[0]).toMatchObject({ path: "/pledge/[email]" });
    // What is not an address stays: times, versions, ids.
    log.info({ at: "16:20:05", version: "16.4.6", id: "evt_1Abc" }, "kept");
    expect(lines[1]).toMatchObject({ at: "16:20:05", version: "16.4.6", id: "evt_1Abc" });
  });
});
