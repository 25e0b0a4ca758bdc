/** The progress bar of `sturing impact` on stderr: redrawn in place on a terminal, a line per tenth otherwise (--voortgang into a file). */

export interface Progress {
  advance: (cases: number) => void;
  finish: () => void;
}

const WIDTH = 30;
const nl = new Intl.NumberFormat('nl-NL');

/** A bar for `total` cases written with `write`; `terminal` redraws one line. */
export function createProgress(total: number, write: (text: string) => void, terminal: boolean): Progress {
  let done = 0;
  let lastTenth = 0;
  const line = (): string => {
    const fraction = total === 0 ? 1 : Math.min(1, done / total);
    const filled = Math.round(fraction * WIDTH);
    return `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${Math.floor(fraction * 100)}% ${nl.format(done)}/${nl.format(total)} casussen`;
  };
  return {
    advance: (cases) => {
      done += cases;
      if (terminal) {
        write(`\r${line()}`);
        return;
      }
      const tenth = total === 0 ? 10 : Math.floor((10 * done) / total);
      if (tenth > lastTenth) {
        lastTenth = tenth;
        write(`${line()}\n`);
      }
    },
    finish: () => {
      if (terminal) write('\n');
    },
  };
}
