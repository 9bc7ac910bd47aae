// A message's two parts. react-dom/server does not load under the `react-server` condition the app
// runs with (package.json), so this module runs only in the queue worker, which is started without
// it (scripts/queue-worker.ts; docs/decisions/030-job-queue.md), and in the tests.
import { renderToStaticMarkup } from "react-dom/server";
import type { EmailContent } from "./email-content";
import { EmailLayout } from "./email-layout";

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

export function renderEmail(content: EmailContent): RenderedEmail {
  const html = `<!DOCTYPE html>${renderToStaticMarkup(<EmailLayout content={content} />)}`;
  return { subject: content.subject, html, text: plainText(content) };
}

/** The plain-text part: the same content, links written out in full. */
function plainText(content: EmailContent): string {
  const blocks: string[] = [];
  if (content.greeting) blocks.push(content.greeting);
  blocks.push(...content.paragraphs);
  if (content.action) blocks.push(`${content.action.label}:\n${content.action.url}`);
  if (content.after) {
    const items = content.after.items.map((line) => line.text);
    blocks.push(
      content.after.heading
        ? [content.after.heading, ...items.map((item) => `- ${item}`)].join("\n")
        : items.join("\n\n"),
    );
  }
  blocks.push(`--\n${content.footer.join("\n")}`);
  return `${blocks.join("\n\n")}\n`;
}
