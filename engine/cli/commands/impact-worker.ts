/**
 * Worker-thread entry of `sturing impact`: tallies each piece it is sent — a batch of cases (parsed, or JSON-lines
 * text), or a run of raw JSON-lines bytes that it decodes, checks line by line and parses itself.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { toWorkerFailure } from '../../src/evaluate/worker-error';
import { tallyImpact, type TallyInput } from '../../src/impact/impact-tally';
import { parseRuleSetId } from '../../src/model/rule-set';
import { casesOf, scanJsonLines, type CaseBatch } from '../../src/impact/json-lines';
import type { WorkerAnswer } from './impact-workers';

const input = workerData as TallyInput;
// Lines that cannot be cases of the rule set's segment are validated, not parsed (the tally would skip them).
const segment = parseRuleSetId(input.from.id).segment;
parentPort!.on('message', ({ index, batch, bytes }: { index: number; batch?: CaseBatch; bytes?: Uint8Array }) => {
  let answer: WorkerAnswer;
  try {
    if (bytes) {
      const cases: Record<string, unknown>[] = [];
      const { newlines, bad } = scanJsonLines(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), cases, segment);
      answer = bad ? { index, newlines, bad } : { index, newlines, cases: cases.length, tally: tallyImpact(input, cases) };
    } else answer = { index, tally: tallyImpact(input, casesOf(batch!)) };
  } catch (error) {
    answer = { index, failure: toWorkerFailure(error) };
  }
  parentPort!.postMessage(answer);
});
