import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PrivacyContact } from "@/components/campaign/privacy-contact";
import messages from "@/messages/en.json" with { type: "json" };

const text = messages.Privacy;

function render(operator: { name: string; url?: string; contactEmail?: string }) {
  return renderToStaticMarkup(
    createElement(PrivacyContact, {
      operator: { url: undefined, contactEmail: undefined, ...operator },
      emailSentence: (link) => createElement("span", null, "Write to ", link),
      notSet: text.contactNotSet,
      website: text.contactWebsite.replace("{operator}", operator.name),
    }),
  );
}

describe("the privacy notice's contact", () => {
  it("links the operator's address when it is set", () => {
    const html = render({ name: "Friends", contactEmail: "privacy@friends.example" });
    expect(html).toContain('href="mailto:privacy@friends.example"');
    expect(html).not.toContain("OPERATOR_CONTACT_EMAIL");
  });

  it("says in plain sight that no address is set, rather than say nothing", () => {
    const html = render({ name: "Blue Heart demo deployment" });
    expect(html).toContain("No contact address has been set for this site yet");
    expect(html).toContain("set OPERATOR_CONTACT_EMAIL");
    expect(html).not.toContain("mailto:");
  });

  it("still points to the operator's website when only that is set", () => {
    const html = render({ name: "Friends", url: "https://friends.example" });
    expect(html).toContain("No contact address has been set");
    expect(html).toContain('href="https://friends.example"');
  });
});
