import { describe, expect, it } from 'vitest';
import { createSseParser, readServerSentEvents } from './event-stream';

function streamOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

describe('server-sent events', () => {
  it('parses named events, joins data lines, skips comments and keeps the id', () => {
    const parser = createSseParser();
    const events = parser.push(': hallo\nevent: voortgang\nid: 7\ndata: {"done":1,\ndata: "total":2}\n\ndata:zonder naam\n\n');
    expect(events).toEqual([
      { event: 'voortgang', data: '{"done":1,\n"total":2}', id: '7' },
      { event: 'message', data: 'zonder naam', id: '7' },
    ]);
  });

  it('completes an event only at the blank line, across any chunking and CRLF split over chunks', () => {
    const parser = createSseParser();
    expect(parser.push('event: kl')).toEqual([]);
    expect(parser.push('aar\r')).toEqual([]);
    expect(parser.push('\ndata: {"status":"klaar"}\r')).toEqual([]);
    expect(parser.push('\n\r\n')).toEqual([{ event: 'klaar', data: '{"status":"klaar"}' }]);
  });

  it('reads a byte stream with a multi-byte character split between chunks', async () => {
    const bytes = new TextEncoder().encode('event: voortgang\ndata: cliënt\n\nevent: klaar\ndata: {}\n\n');
    const split = bytes.indexOf(0xc3) + 1; // inside "ë"
    const events = [];
    for await (const event of readServerSentEvents(streamOf([bytes.slice(0, split), bytes.slice(split)]))) events.push(event);
    expect(events).toEqual([
      { event: 'voortgang', data: 'cliënt' },
      { event: 'klaar', data: '{}' },
    ]);
  });
});
