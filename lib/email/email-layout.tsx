// The HTML part of every message: one column, inline styles (mail clients drop <style> and
// classes), a real <a> for the button so it works in every client, and the language and direction
// on the root so Arabic reads right to left.
import type { EmailContent, EmailLine } from "./email-content";

const text = { fontFamily: "Arial, Helvetica, sans-serif", color: "#1f2937", lineHeight: 1.5 };

function Line({ line }: { line: EmailLine }) {
  if (line.url === undefined || !line.text.includes(line.url)) return <>{line.text}</>;
  const at = line.text.indexOf(line.url);
  return (
    <>
      {line.text.slice(0, at)}
      <a href={line.url} style={{ color: "#1e40af" }}>
        {line.url}
      </a>
      {line.text.slice(at + line.url.length)}
    </>
  );
}

export function EmailLayout({ content }: { content: EmailContent }) {
  return (
    <html lang={content.lang} dir={content.dir}>
      {/* biome-ignore lint/style/noHeadElement: an email's own document, not a Next.js page. */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{content.subject}</title>
      </head>
      <body style={{ margin: 0, padding: 0, backgroundColor: "#f3f4f6" }}>
        <div style={{ maxWidth: 560, margin: "0 auto", padding: 24, backgroundColor: "#ffffff" }}>
          <p style={{ ...text, fontSize: 20, fontWeight: "bold", color: "#1e3a8a" }}>
            {content.subject}
          </p>
          {content.greeting ? <p style={text}>{content.greeting}</p> : null}
          {content.paragraphs.map((paragraph) => (
            <p key={paragraph} style={text}>
              {paragraph}
            </p>
          ))}
          {content.action ? (
            <p style={{ margin: "24px 0" }}>
              <a
                href={content.action.url}
                style={{
                  ...text,
                  display: "inline-block",
                  padding: "12px 20px",
                  borderRadius: 6,
                  backgroundColor: "#1e40af",
                  color: "#ffffff",
                  fontWeight: "bold",
                  textDecoration: "none",
                }}
              >
                {content.action.label}
              </a>
            </p>
          ) : null}
          {content.action ? (
            <p style={{ ...text, fontSize: 13, wordBreak: "break-all" }}>{content.action.url}</p>
          ) : null}
          {content.after?.heading ? <p style={text}>{content.after.heading}</p> : null}
          {content.after?.heading ? (
            <ul style={text}>
              {content.after.items.map((line) => (
                <li key={line.text}>
                  <Line line={line} />
                </li>
              ))}
            </ul>
          ) : (
            content.after?.items.map((line) => (
              <p key={line.text} style={text}>
                <Line line={line} />
              </p>
            ))
          )}
          <hr style={{ border: 0, borderTop: "1px solid #e5e7eb", margin: "24px 0" }} />
          {content.footer.map((line) => (
            <p key={line} style={{ ...text, fontSize: 12, color: "#4b5563" }}>
              {line}
            </p>
          ))}
        </div>
      </body>
    </html>
  );
}
