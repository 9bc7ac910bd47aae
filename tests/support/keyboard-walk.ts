// A visitor with only a keyboard: every key press is followed by a look at what has focus. Each
// stop must show a focus indicator (an outline or a box shadow drawn on it, or on the label card
// around a radio), must not be hidden under something else (the sticky quick-exit bar), and each
// Tab must move on in the visual order: further along the same line in the reading direction, or
// to a later line (docs: WCAG 2.4.3 focus order, 2.4.7 focus visible, 2.4.11 focus not obscured).
import { expect, type JSHandle, type Locator, type Page } from "@playwright/test";

/** A box in page coordinates (scroll included), so stops far apart on the page compare. */
interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** What a key press left focused, as the tests read it. */
export interface FocusStop {
  /** For messages: tag, id or name, and the start of its text. */
  label: string;
  /** The first and last line boxes of the element (a wrapped link has several). */
  first: Box;
  last: Box;
  /** An outline or box shadow is drawn on the element or on the label that wraps it. */
  indicator: string | null;
  /** What the browser shows at the element's centre, when that is not the element itself. */
  coveredBy: string | null;
  inViewport: boolean;
  /** Drawn over the page (absolute or fixed, as a skip link is): not part of the reading order. */
  overlay: boolean;
}

type Direction = "ltr" | "rtl";

/** Reads the focused element; `null` when nothing (the body) has focus. */
async function readFocus(page: Page): Promise<{ stop: FocusStop; handle: JSHandle } | null> {
  // Focus scrolls the page, smoothly (globals.css): read it once the scrolling has stopped.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = Number.NaN;
        let still = 0;
        let frames = 0;
        const step = () => {
          const now = window.scrollX * 100_000 + window.scrollY;
          still = now === last ? still + 1 : 0;
          last = now;
          frames += 1;
          if (still >= 3 || frames > 120) resolve();
          else requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }),
  );
  const handle = await page.evaluateHandle(() => document.activeElement);
  const stop = await handle.evaluate((element): FocusStop | null => {
    if (!(element instanceof HTMLElement) || element === document.body) return null;
    const nameOf = (node: Element) => {
      const name = node.id ? `#${node.id}` : node.getAttribute("name");
      const text = (node.textContent ?? "").trim().slice(0, 30);
      return `<${node.tagName.toLowerCase()}${name ? ` ${name}` : ""}> ${text}`.trim();
    };
    const toBox = (rect: DOMRect) => ({
      top: rect.top + window.scrollY,
      bottom: rect.bottom + window.scrollY,
      left: rect.left + window.scrollX,
      right: rect.right + window.scrollX,
    });
    const rects = [...element.getClientRects()].filter((rect) => rect.width > 0);
    const whole = element.getBoundingClientRect();
    const first = rects[0] ?? whole;
    const last = rects[rects.length - 1] ?? whole;

    // The indicator: on the element, or (a radio card, a checkbox row) on the label around it.
    const drawn = (node: Element) => {
      const style = getComputedStyle(node);
      if (style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) >= 2) {
        return `outline ${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}`;
      }
      if (style.boxShadow !== "none") return `box-shadow ${style.boxShadow}`;
      return null;
    };
    const wrappingLabel = element.closest("label");
    const indicator = drawn(element) ?? (wrappingLabel ? drawn(wrappingLabel) : null);

    // Not hidden under another element: what is drawn at the centre is the element, inside it,
    // or the label that wraps it.
    const x = (whole.left + whole.right) / 2;
    const y = (whole.top + whole.bottom) / 2;
    const top = document.elementFromPoint(x, y);
    const own =
      top !== null && (element.contains(top) || top.contains(element) || top === wrappingLabel);
    const inViewport =
      whole.bottom > 0 &&
      whole.top < window.innerHeight &&
      whole.right > 0 &&
      whole.left < window.innerWidth;
    return {
      label: nameOf(element),
      first: toBox(first),
      last: toBox(last),
      indicator,
      coveredBy: own || top === null ? null : nameOf(top),
      inViewport,
      overlay: ["absolute", "fixed"].includes(getComputedStyle(element).position),
    };
  });
  return stop === null ? null : { stop, handle };
}

/** Pixels of rounding forgiven when boxes touch. */
const SLACK = 2;

/**
 * Why going from `from` to `to` breaks the visual order, or null: `to` must start on a later line
 * (its top at or below `from`'s last line's bottom) or on the same line, further along in the
 * reading direction.
 */
export function orderProblem(from: FocusStop, to: FocusStop, direction: Direction): string | null {
  const a = from.last;
  const b = to.first;
  if (b.top >= a.bottom - SLACK) return null;
  const sameLine = b.top < a.bottom && b.bottom > a.top;
  if (sameLine) {
    const onward = direction === "ltr" ? b.left >= a.right - SLACK : b.right <= a.left + SLACK;
    if (onward) return null;
    return `${to.label} is on the same line as ${from.label} but not after it (${direction})`;
  }
  return `${to.label} is above ${from.label}`;
}

/** Keeps every stop of one keyboard journey and checks each as it is reached. */
export class KeyboardWalk {
  readonly stops: { stop: FocusStop; handle: JSHandle; key: string }[] = [];

  constructor(
    private readonly page: Page,
    private readonly direction: Direction,
  ) {}

  /** The stop reached now must be visible; if `ordered`, it must also follow the one before. */
  private async arrive(key: string, ordered: boolean): Promise<FocusStop> {
    const reached = await readFocus(this.page);
    expect(reached, `${key} left nothing focused`).not.toBeNull();
    if (reached === null) throw new Error("unreachable");
    const { stop } = reached;
    expect(stop.indicator, `no visible focus indicator on ${stop.label}`).not.toBeNull();
    expect(stop.inViewport, `${stop.label} is focused out of sight`).toBe(true);
    expect(stop.coveredBy, `${stop.label} is hidden under ${stop.coveredBy}`).toBeNull();
    const previous = this.stops[this.stops.length - 1];
    if (ordered && previous !== undefined && !previous.stop.overlay && !stop.overlay) {
      expect(orderProblem(previous.stop, stop, this.direction)).toBeNull();
    }
    this.stops.push({ ...reached, key });
    return stop;
  }

  /**
   * Presses `key` and checks where focus went. A Tab must move on in the visual order; so must an
   * arrow key that points along the reading direction, when `ordered` says so.
   */
  async press(key: string, ordered = key === "Tab"): Promise<FocusStop> {
    await this.page.keyboard.press(key);
    return this.arrive(key, ordered);
  }

  /** Where `target` was last reached among the stops. */
  async lastIndexOf(target: Locator): Promise<number> {
    const element = await target.elementHandle();
    for (let index = this.stops.length - 1; index >= 0; index -= 1) {
      const same = await this.page.evaluate(([reached, wanted]) => reached === wanted, [
        this.stops[index]?.handle,
        element,
      ] as const);
      if (same) return index;
    }
    throw new Error(`${target} was never focused`);
  }

  /** Tabs forward, checking every stop on the way, until `target` has focus. */
  async tabTo(target: Locator, maxPresses = 80): Promise<void> {
    for (let presses = 0; presses < maxPresses; presses += 1) {
      await this.press("Tab");
      if (await target.evaluate((element) => element === document.activeElement)) return;
    }
    await expect(target, `not reached in ${maxPresses} Tab presses`).toBeFocused();
  }

  /**
   * Shift+Tab `count` times from where focus is: each press must land on the stop that Tab came
   * from, in reverse (no trap, no skipped control), with focus visible all the way.
   */
  async walkBack(count: number): Promise<void> {
    // An arrow key moves within a radio group: the radio it left is no longer a Tab stop.
    const forward = this.stops.filter(
      (_, index) => !this.stops[index + 1]?.key.startsWith("Arrow"),
    );
    for (let step = 1; step <= count; step += 1) {
      const expected = forward[forward.length - 1 - step];
      if (expected === undefined) return;
      await this.press("Shift+Tab");
      const same = await this.page.evaluate(([reached, wanted]) => reached === wanted, [
        this.stops[this.stops.length - 1]?.handle,
        expected.handle,
      ] as const);
      expect(same, `Shift+Tab ${step} should return to ${expected.stop.label}`).toBe(true);
    }
  }
}
