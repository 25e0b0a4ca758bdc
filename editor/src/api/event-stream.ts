/**
 * Server-sent events read from a fetch body. EventSource cannot send the Authorization header, so the
 * editor fetches the stream itself and parses the text/event-stream format (WHATWG HTML §9.2) here.
 */

export interface ServerSentEvent {
  /** The `event:` field; "message" when the server sent none. */
  event: string;
  /** The `data:` lines joined with "\n". */
  data: string;
  id?: string;
}

export interface SseParser {
  /** Feeds decoded text (any chunking) and returns the events it completed. */
  push: (text: string) => ServerSentEvent[];
}

/** An incremental parser: keeps a partial line and the fields of the event being built. */
export function createSseParser(): SseParser {
  let buffer = '';
  let event = '';
  let data: string[] = [];
  let id: string | undefined;
  let skipLeadingLf = false;

  const dispatch = (out: ServerSentEvent[]): void => {
    if (data.length > 0) out.push({ event: event || 'message', data: data.join('\n'), ...(id !== undefined ? { id } : {}) });
    event = '';
    data = [];
  };

  const line = (text: string, out: ServerSentEvent[]): void => {
    if (text === '') return dispatch(out);
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon < 0 ? text : text.slice(0, colon);
    let value = colon < 0 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
    else if (field === 'id' && !value.includes('\0')) id = value;
  };

  return {
    push(text) {
      const out: ServerSentEvent[] = [];
      buffer += text;
      // A CR at the end of one chunk and an LF at the start of the next are one line break.
      if (skipLeadingLf && buffer.startsWith('\n')) buffer = buffer.slice(1);
      skipLeadingLf = false;
      let match: RegExpExecArray | null;
      const breaks = /\r\n|\r|\n/g;
      let start = 0;
      while ((match = breaks.exec(buffer))) {
        if (match[0] === '\r' && match.index === buffer.length - 1) skipLeadingLf = true;
        line(buffer.slice(start, match.index), out);
        start = match.index + match[0].length;
      }
      buffer = buffer.slice(start);
      return out;
    },
  };
}

/** Yields the events of a byte stream until it ends (or its reader is cancelled by the caller's signal). */
export async function* readServerSentEvents(stream: ReadableStream<Uint8Array>, signal?: AbortSignal): AsyncGenerator<ServerSentEvent> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  const parser = createSseParser();
  const cancel = (): void => void reader.cancel().catch(() => undefined);
  signal?.addEventListener('abort', cancel);
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      yield* parser.push(decoder.decode(value, { stream: true }));
    }
    yield* parser.push(decoder.decode());
  } finally {
    signal?.removeEventListener('abort', cancel);
    reader.releaseLock();
  }
}
