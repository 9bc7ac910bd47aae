// Arabic, right to left: the header and the forms laid out as the English layout mirrored, and the
// text that must keep its own direction (phone numbers, addresses, card numbers, amounts) isolated,
// so that an Arabic page never shows a number in the wrong order.
import { expect, type Page, test } from "@playwright/test";
import { formatMoney } from "../../lib/money/format-money";
import { localePath } from "../support/locale-path";

interface Placed {
  /** The element's distance from the start edge of the page: left in English, right in Arabic. */
  start: number;
  top: number;
  bottom: number;
  width: number;
  label: string;
}

/**
 * The visible elements `selector` matches, in document order, with their distance from the start
 * edge of the line (the left edge for left-to-right pages, the right edge for right-to-left ones).
 */
async function placed(page: Page, selector: string): Promise<Placed[]> {
  return page.locator(selector).evaluateAll((elements) => {
    const rtl = document.documentElement.dir === "rtl";
    const width = document.documentElement.clientWidth;
    return elements
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 1 && box.height > 1)
      .map(({ element, box }) => ({
        start: Math.round(rtl ? width - box.right : box.left),
        top: Math.round(box.top + window.scrollY),
        bottom: Math.round(box.bottom + window.scrollY),
        width: Math.round(box.width),
        label: `${element.tagName.toLowerCase()}${element.getAttribute("name") ? `[name=${element.getAttribute("name")}]` : ""}`,
      }));
  });
}

interface Step {
  sameLine: boolean;
  /** On one line: whether the element comes after the one before it, from the start edge. */
  after: boolean;
  /** On a new line: whether it starts at the same edge as the one before it. */
  aligned: boolean;
}

/** How each element is placed against the one before it in document order. */
function steps(elements: Placed[]): Step[] {
  return elements.slice(1).map((after, index) => {
    const before = elements[index] as Placed;
    return {
      // On one line when their boxes overlap vertically (a two-line brand beside a one-line link).
      sameLine: after.top < before.bottom - 2 && before.top < after.bottom - 2,
      after: after.start > before.start,
      aligned: Math.abs(before.start - after.start) <= 2,
    };
  });
}

/**
 * Where English and Arabic place an element the same way against the one before it (both on one
 * line, or both on a new line), Arabic must be English mirrored: the same order from the start
 * edge, the same alignment. Lines may break in other places (the words differ in length).
 */
function mirroringFaults(english: Placed[], arabic: Placed[]): string[] {
  const en = steps(english);
  const ar = steps(arabic);
  const faults: string[] = [];
  if (english.length !== arabic.length) {
    faults.push(`${english.length} elements in English, ${arabic.length} in Arabic`);
    return faults;
  }
  en.forEach((step, index) => {
    const other = ar[index] as Step;
    const label = `${english[index + 1]?.label} after ${english[index]?.label} (#${index + 1})`;
    if (step.sameLine && other.sameLine && step.after !== other.after) {
      faults.push(`${label}: ${step.after ? "after" : "before"} in English, not in Arabic`);
    }
    if (!step.sameLine && !other.sameLine && step.aligned !== other.aligned) {
      faults.push(
        `${label}: ${step.aligned ? "aligned" : "not aligned"} in English, not in Arabic`,
      );
    }
  });
  return faults;
}

const HEADER = "header a:not([data-language-switcher] *)";
const FORM_CONTROLS =
  "main form label, main form input:not([type=hidden]), main form select, main form textarea, main form button";

for (const width of [1280, 320]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    for (const path of ["/pledge", "/donate"]) {
      test(`${path}: the header and the form controls are the English layout mirrored`, async ({
        page,
      }) => {
        const layouts: Record<string, { header: Placed[]; form: Placed[] }> = {};
        for (const locale of ["en", "ar"]) {
          await page.goto(localePath(locale, path));
          await expect(page.locator("html")).toHaveAttribute(
            "dir",
            locale === "ar" ? "rtl" : "ltr",
          );
          const header = await placed(page, HEADER);
          const form = await placed(page, FORM_CONTROLS);
          expect(header.length, `${locale} header`).toBeGreaterThan(5);
          expect(form.length, `${locale} form`).toBeGreaterThan(5);
          // The brand starts the header's line at the start edge, in both directions.
          const brand = page.locator("header a[aria-label]").first();
          const box = await brand.boundingBox();
          const pageWidth = await page.evaluate(() => document.documentElement.clientWidth);
          const brandStart =
            locale === "ar" ? pageWidth - ((box?.x ?? 0) + (box?.width ?? 0)) : (box?.x ?? 0);
          expect(brandStart, `${locale} brand at the start edge`).toBeLessThan(pageWidth / 4);
          const switcher = await placed(page, "header [data-language-switcher] li");
          const lastSwitcherItem = switcher.at(-1);
          expect(
            (lastSwitcherItem?.start ?? 0) + (lastSwitcherItem?.width ?? 0),
            `${locale} switcher at the end edge`,
          ).toBeGreaterThan(pageWidth * 0.6);
          layouts[locale] = { header, form };
        }
        const { en, ar } = layouts;
        if (en === undefined || ar === undefined) throw new Error("both layouts measured");
        expect({
          header: mirroringFaults(en.header, ar.header),
          form: mirroringFaults(en.form, ar.form),
        }).toEqual({ header: [], form: [] });
        // Not vacuous: most steps are compared (on one line in both, or on new lines in both).
        const compared = steps(en.form).filter(
          (step, index) => step.sameLine === steps(ar.form)[index]?.sameLine,
        ).length;
        expect(compared).toBeGreaterThan(steps(en.form).length / 2);
      });
    }
  });
}

test.describe("text that keeps its own direction in Arabic", () => {
  test("help-line numbers, addresses and links are isolated left to right", async ({ page }) => {
    await page.goto(localePath("ar", "/get-help?country=GB"));
    const contacts = page.locator('main a[href^="tel:"], main a[href^="mailto:"]');
    expect(await contacts.count()).toBeGreaterThan(0);
    for (const contact of await contacts.all()) {
      expect(await contact.evaluate((element) => getComputedStyle(element).direction)).toBe("ltr");
      expect(await contact.evaluate((element) => getComputedStyle(element).unicodeBidi)).toMatch(
        /isolate/,
      );
    }
    // A number with spaces reads from its first digit on the left, as dialled.
    const spaced = contacts.filter({ hasText: / / }).first();
    if ((await spaced.count()) > 0) {
      const text = (await spaced.textContent()) ?? "";
      const firstGroup = text.trim().split(/\s+/)[0] ?? "";
      const range = await spaced.evaluate((element, group) => {
        const node = element.firstChild;
        if (node === null) return null;
        const all = document.createRange();
        all.selectNodeContents(element);
        const first = document.createRange();
        const start = (node.textContent ?? "").indexOf(group);
        first.setStart(node, start);
        first.setEnd(node, start + group.length);
        return {
          element: all.getBoundingClientRect().left,
          first: first.getBoundingClientRect().left,
        };
      }, firstGroup);
      expect(range?.first).toBeCloseTo(range?.element ?? -1, 0);
    }
  });

  test("the test card number keeps its groups in order", async ({ page }) => {
    await page.goto(localePath("ar", "/donate"));
    const card = page.getByTestId("test-mode-banner").locator("bdi");
    await expect(card).toHaveText("4242 4242 4242 4242");
    await expect(card).toHaveAttribute("dir", "ltr");
  });

  test("amounts show their currency symbol whole, on the side Arabic puts it", async ({ page }) => {
    await page.goto(localePath("ar", "/donate"));
    const amount = formatMoney(2500, "usd", "ar");
    expect(amount).toContain("\u2066US$\u2069");
    const option = page.getByText(amount, { exact: true }).first();
    await expect(option).toBeVisible();
    // Laid out, the symbol is to the left of the number (the number comes first, read from the
    // right), and "US$" is not broken into "$US".
    const order = await option.evaluate((element) => {
      const node = [...element.childNodes].find((child) => child.nodeType === Node.TEXT_NODE);
      const text = node?.textContent ?? "";
      const at = (needle: string) => {
        const range = document.createRange();
        const start = text.indexOf(needle);
        range.setStart(node as Node, start);
        range.setEnd(node as Node, start + needle.length);
        return range.getBoundingClientRect().left;
      };
      return { u: at("U"), dollar: at("$"), number: at("25") };
    });
    expect(order.u).toBeLessThan(order.dollar);
    expect(order.dollar).toBeLessThan(order.number);
  });

  test("the supporter counter's bar fills from the right", async ({ page }) => {
    await page.goto(localePath("ar", "/"));
    const bar = page.getByRole("progressbar").first();
    await expect(bar).toBeVisible();
    // Measured in the page: an empty bar (no pledges yet) is a rectangle of no width, which
    // still sits at the edge it fills from.
    const edges = await bar.evaluate((element) => {
      const track = element.getBoundingClientRect();
      const fill = element.querySelector("rect")?.getBoundingClientRect();
      return {
        trackRight: track.right,
        trackLeft: track.left,
        fillRight: fill?.right ?? Number.NaN,
      };
    });
    expect(Math.abs(edges.fillRight - edges.trackRight)).toBeLessThan(1);
  });
});
