/**
 * Tallies cases on worker threads (impact-worker.ts), two pieces of work in
 * flight per worker, pulled from the source only when a worker is free, so a
 * streamed input never sits in memory whole. The tallies come back indexed
 * by piece, so merging them in order gives the tally of one run.
 *
 * JSON-lines files go to the workers as raw bytes: the main thread only reads
 * runs of whole lines (cut at the last line break of a read) and hands the
 * buffer over without copying; decoding, the line check, JSON.parse and the
 * tally happen on the workers. A bad line comes back with its number within
 * the run, and the run's line count numbers it in the file.
 */
import { open } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { fromWorkerFailure, type WorkerFailure } from '../../src/evaluate/worker-error';
import type { ImpactTally, TallyInput } from '../../src/impact/impact-tally';
import { SturingError } from '../../src/model/errors';
import { describeFileError } from '../usage-error';
import { badLineError, batchSize, type BadLine, type CaseBatch } from './impact-input';

/** What a worker sends back for one piece of work. */
export interface WorkerAnswer {
  index: number;
  tally?: ImpactTally;
  /** Cases in the piece (JSON-lines bytes). */
  cases?: number;
  /** Line breaks in the piece (JSON-lines bytes). */
  newlines?: number;
  bad?: BadLine;
  failure?: WorkerFailure;
}

/** A run of whole lines of a JSON-lines file, as bytes in a buffer of its own (transferred to the worker). */
export interface LineRun {
  file: string;
  bytes: Uint8Array;
}

/** Bytes read per run of lines (plus the unfinished line carried over from the previous read). */
const RUN_BYTES = 4 << 20;

/** Reads each file as runs of whole lines, each in a fresh buffer; a line longer than a read grows the next one. */
export async function* readLineRuns(files: readonly string[], runBytes = RUN_BYTES): AsyncGenerator<LineRun> {
  for (const file of files) {
    let handle;
    try {
      handle = await open(file, 'r');
    } catch (error) {
      throw new SturingError('INVOER_ONGELDIG', describeFileError(error, file), [], file);
    }
    try {
      let carry = new Uint8Array(0);
      for (;;) {
        const buffer = new Uint8Array(carry.length + runBytes);
        buffer.set(carry);
        const { bytesRead } = await handle.read(buffer, carry.length, runBytes, null);
        const filled = carry.length + bytesRead;
        if (bytesRead === 0) {
          if (filled > 0) yield { file, bytes: buffer.subarray(0, filled) };
          break;
        }
        const lastBreak = buffer.lastIndexOf(10, filled - 1);
        if (lastBreak === -1) {
          carry = buffer.slice(0, filled);
          continue;
        }
        carry = buffer.slice(lastBreak + 1, filled);
        yield { file, bytes: buffer.subarray(0, lastBreak + 1) };
      }
    } finally {
      await handle.close();
    }
  }
}

interface Piece<W> {
  index: number;
  work: W;
}

/**
 * Runs every piece of `source` on `threads` workers: `post` sends a piece, `answered` takes the answer and says
 * whether to go on (false: send nothing more, finish what is in flight).
 */
async function runOnWorkers<W>(
  input: TallyInput,
  source: Iterator<W> | AsyncIterator<W>,
  threads: number,
  post: (worker: Worker, piece: Piece<W>) => void,
  answered: (answer: WorkerAnswer, work: W) => boolean,
): Promise<void> {
  const inFlightWork = new Map<number, W>();
  let next = 0;
  let done = false;
  // One pull at a time: the source is shared by all workers.
  let pulling: Promise<unknown> = Promise.resolve();
  const pull = (): Promise<Piece<W> | undefined> => {
    const result = pulling.then(async () => {
      if (done) return undefined;
      const step = await source.next();
      if (step.done) {
        done = true;
        return undefined;
      }
      return { index: next++, work: step.value };
    });
    pulling = result.catch(() => undefined);
    return result;
  };
  // A worker holds at most two pieces: a small heap makes it collect early, so memory stays flat whatever the input.
  const workers = Array.from(
    { length: threads },
    () =>
      new Worker(new URL('./impact-worker.mjs', import.meta.url), {
        workerData: input,
        resourceLimits: { maxOldGenerationSizeMb: 192, maxYoungGenerationSizeMb: 16 },
      }),
  );
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let inFlight = 0;
            let finished = false;
            const send = (): void => {
              pull().then((piece) => {
                if (!piece) {
                  finished = true;
                  if (inFlight === 0) resolve();
                  return;
                }
                inFlight++;
                inFlightWork.set(piece.index, piece.work);
                post(worker, piece);
              }, reject);
            };
            worker.on('message', (answer: WorkerAnswer) => {
              inFlight--;
              if (answer.failure) {
                reject(fromWorkerFailure(answer.failure));
                return;
              }
              const work = inFlightWork.get(answer.index)!;
              inFlightWork.delete(answer.index);
              if (!answered(answer, work)) done = true;
              if (finished || done) {
                finished = true;
                if (inFlight === 0) resolve();
              } else send();
            });
            worker.on('error', reject);
            send();
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
    // Stopped early (a bad line, a failure): let the source close its file.
    await pulling;
    await source.return?.();
  }
}

function iteratorOf<T>(items: Iterable<T> | AsyncIterable<T>): Iterator<T> | AsyncIterator<T> {
  return Symbol.asyncIterator in items ? (items as AsyncIterable<T>)[Symbol.asyncIterator]() : (items as Iterable<T>)[Symbol.iterator]();
}

/** Tallies every batch on `threads` workers; `onBatch` hears how many cases each finished batch held. */
export async function tallyOnWorkers(
  input: TallyInput,
  batches: Iterable<CaseBatch> | AsyncIterable<CaseBatch>,
  threads: number,
  onBatch: (cases: number) => void,
): Promise<ImpactTally[]> {
  const tallies: ImpactTally[] = [];
  await runOnWorkers<CaseBatch>(
    input,
    iteratorOf(batches),
    threads,
    (worker, { index, work }) => worker.postMessage({ index, batch: work }),
    (answer, batch) => {
      tallies[answer.index] = answer.tally!;
      onBatch(batchSize(batch));
      return true;
    },
  );
  return tallies.filter((t) => t !== undefined);
}

/**
 * Tallies JSON-lines files on `threads` workers, read as runs of raw lines; `onCases` hears how many cases each
 * finished run held. The first bad line in file order stops the run with its file and line number, like the
 * sequential path.
 */
export async function tallyJsonLinesOnWorkers(
  input: TallyInput,
  files: readonly string[],
  threads: number,
  onCases: (cases: number) => void,
  runBytes = RUN_BYTES,
): Promise<ImpactTally[]> {
  const answers: { file: string; newlines: number; tally?: ImpactTally; bad?: BadLine }[] = [];
  await runOnWorkers<LineRun>(
    input,
    readLineRuns(files, runBytes),
    threads,
    (worker, { index, work }) => worker.postMessage({ index, bytes: work.bytes }, [work.bytes.buffer as ArrayBuffer]),
    (answer, run) => {
      answers[answer.index] = { file: run.file, newlines: answer.newlines!, tally: answer.tally, bad: answer.bad };
      if (answer.bad) return false;
      onCases(answer.cases!);
      return true;
    },
  );
  // Every run before a bad one was sent before it and has answered: the first bad line in file order is known.
  const tallies: ImpactTally[] = [];
  let file = '';
  let firstLine = 1;
  for (const answer of answers) {
    if (answer === undefined) break;
    if (answer.file !== file) {
      file = answer.file;
      firstLine = 1;
    }
    if (answer.bad) throw badLineError(file, firstLine + answer.bad.line - 1, answer.bad.message);
    tallies.push(answer.tally!);
    firstLine += answer.newlines;
  }
  return tallies;
}
