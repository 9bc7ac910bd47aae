// Pages mirror for Arabic (right to left) only if their styles name the start and end of a line,
// not its left and right: `ms-4`, `text-start`, `border-s`, `margin-inline-start`.
import { readdirSync, readFileSync } from "node:fs";
import { join, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { findPhysicalDirection } from "@/tests/support/physical-direction";

const root = process.cwd();

function walk(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? walk(join(dir, entry.name))
      : /\.(ts|tsx|css)$/.test(entry.name)
        ? [join(dir, entry.name).split(sep).join("/")]
        : [],
  );
}

/**
 * Where left or right is meant, whatever the language: file, the text found, and why. Keep this
 * short; an entry needs a reason a reviewer would accept.
 */
const MEANT_PHYSICAL: ReadonlyArray<{ file: string; found: string; why: string }> = [];

const sources = [...walk("app"), ...walk("components")];

describe("logical CSS", () => {
  it("finds physical-direction classes and properties (so the check below can fail)", () => {
    const found = (text: string, file = "components/x.tsx") =>
      findPhysicalDirection(file, text).map((use) => use.found.split(" ")[0]);
    expect(found(`<div className="ml-4 pr-2.5 md:text-left hover:border-r-2">`)).toEqual([
      "ml-4",
      "pr-2.5",
      "md:text-left",
      "hover:border-r-2",
    ]);
    expect(
      found(`cn("left-0 -right-[3px] rounded-tl-lg -translate-x-1/2 bg-linear-to-r !float-left")`),
    ).toEqual([
      "left-0",
      "-right-[3px]",
      "rounded-tl-lg",
      "-translate-x-1/2",
      "bg-linear-to-r",
      "!float-left",
    ]);
    expect(found("<p style={{ marginLeft: 8, textAlign: 'right', left: 0 }}>")).toHaveLength(3);
    expect(
      found(".x { padding-right: 1rem; left: 0; text-align: left; }", "app/x.css"),
    ).toHaveLength(3);
    expect(found("a { border-top-right-radius: 4px }", "app/x.css")).toHaveLength(1);
  });

  it("leaves logical classes, symmetric ones and rtl:/ltr: variants alone", () => {
    const text = [
      `<div className="ms-4 me-2 ps-3 pe-1 start-0 end-4 text-start text-end border-s-2 rounded-e-lg">`,
      `<ul className="space-x-4 divide-x px-4 mx-auto inset-x-0 -scale-x-100 rtl:-scale-x-100">`,
      `<span className="ltr:left-0 rtl:right-0 bg-linear-to-b text-center origin-center">`,
      "th { text-align: start; margin-inline-start: 1rem; inset-inline-end: 0 }",
      "// Escape is left alone: it stops page loads and closes menus.",
      "The pledge appears on the right-hand side; learn the signs.",
    ].join("\n");
    expect(findPhysicalDirection("components/x.tsx", text)).toEqual([]);
    expect(findPhysicalDirection("app/x.css", text.split("\n")[3] ?? "")).toEqual([]);
  });

  it("uses no left or right in app/ and components/ outside the documented exceptions", () => {
    expect(sources.length).toBeGreaterThan(50);
    const uses = sources
      .flatMap((file) => findPhysicalDirection(file, readFileSync(join(root, file), "utf8")))
      .filter(
        (use) =>
          !MEANT_PHYSICAL.some(
            (exception) => exception.file === use.file && use.found.startsWith(exception.found),
          ),
      )
      .map((use) => `${use.file}:${use.line}: ${use.found}`);
    expect(uses).toEqual([]);
  });

  it("keeps the exception list to entries still in use", () => {
    for (const exception of MEANT_PHYSICAL) {
      const uses = findPhysicalDirection(
        exception.file,
        readFileSync(join(root, exception.file), "utf8"),
      );
      expect(
        uses.some((use) => use.found.startsWith(exception.found)),
        exception.file,
      ).toBe(true);
    }
  });
});
