import { NextIntlClientProvider } from "next-intl";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SourceList } from "@/components/safety/source-list";
import { loadMessages } from "@/i18n/messages";
import type { UnLocale } from "@/i18n/routing";
import type { HelpLineSource } from "@/lib/safety/help-line-schema";

const sources: HelpLineSource[] = [
  { url: "https://www.garda.ie/en/about-us/", dated: "2020-07-30" },
  { url: "https://blueblindfold.gov.ie/en/bbf/", dated: "undated" },
  { url: "https://pai.ie/613-all-ireland/", dated: "undated" },
];

/** The list as a reader sees it: the text, without the markup. */
async function renderedText(locale: UnLocale, shown = sources) {
  const messages = await loadMessages(locale);
  const html = renderToStaticMarkup(
    createElement(NextIntlClientProvider, {
      locale,
      messages,
      timeZone: "UTC",
      // biome-ignore lint/correctness/noChildrenProp: the provider's props type requires children (no JSX in a .ts test)
      children: createElement(SourceList, { sources: shown }),
    }),
  );
  return html.replace(/<[^>]+>/g, "");
}

describe("the list of an entry's sources", () => {
  it("joins the sources as English does: commas and a final “and”", async () => {
    const text = await renderedText("en");
    expect(text).toContain(
      "garda.ie (dated July 30, 2020), blueblindfold.gov.ie (undated), and pai.ie",
    );
    expect(text).not.toContain(";");
  });

  it("joins them with the Chinese enumeration comma and 和", async () => {
    const text = await renderedText("zh");
    expect(text).toContain(
      "garda.ie (日期：2020年7月30日)、blueblindfold.gov.ie (未注明日期)和pai.ie (未注明日期)",
    );
    expect(text).not.toContain(";");
  });

  it("joins them with the Arabic و, as Intl.ListFormat does for Arabic", async () => {
    const text = await renderedText("ar");
    expect(text).toContain("وblueblindfold.gov.ie");
    expect(text).toContain("وpai.ie");
    expect(text).not.toContain(";");
  });

  it("joins them with Russian и, and a single source stands alone", async () => {
    expect(await renderedText("ru")).toMatch(/\) и pai\.ie/);
    const one = await renderedText("ru", sources.slice(0, 1));
    expect(one).not.toMatch(/ и |,/);
  });
});
