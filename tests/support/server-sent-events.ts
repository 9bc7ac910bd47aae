// Reads a text/event-stream body as it arrives: the events so far (name, data, retry) and the
// comment lines, for tests and the stream benchmark. Parses only what the app sends: one `data`
// line per event, `event`, `retry` and `:` comments.

export interface ServerSentEvent {
  event: string;
  data: string;
}

export interface EventStreamReader {
  readonly events: ServerSentEvent[];
  readonly comments: string[];
  readonly retry: number | undefined;
  /** Resolves when the body ends (or is cancelled). */
  readonly ended: Promise<void>;
  cancel(): Promise<void>;
}

export function readEventStream(body: ReadableStream<Uint8Array>): EventStreamReader {
  const events: ServerSentEvent[] = [];
  const comments: string[] = [];
  let retry: number | undefined;
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";

  const parseBlock = (block: string) => {
    let event = "message";
    let data: string | undefined;
    for (const line of block.split("\n")) {
      if (line.startsWith(":")) comments.push(line.slice(1).trim());
      else if (line.startsWith("event:")) event = line.slice(6).trim();
      else if (line.startsWith("data:")) data = line.slice(5).trimStart();
      else if (line.startsWith("retry:")) retry = Number(line.slice(6).trim());
    }
    if (data !== undefined) events.push({ event, data });
  };

  const ended = (async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        for (let end = buffer.indexOf("\n\n"); end !== -1; end = buffer.indexOf("\n\n")) {
          parseBlock(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
      }
    } catch {
      // Cancelled or aborted: the events read so far stay.
    }
  })();

  return {
    events,
    comments,
    get retry() {
      return retry;
    },
    ended,
    async cancel() {
      await reader.cancel().catch(() => {});
      await ended;
    },
  };
}
