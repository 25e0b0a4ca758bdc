import { describe, expect, it } from 'vitest';
import { isSturingError, type SturingError } from '../model/errors';
import { parseRealisation } from './realisation';

const HEADER = 'ruleset;perceel;gemeente;aanbieder;omzet;clienten;trajecten_gestart;trajecten_beeindigd;plekmaanden;voorschotten';
const ROW = 'noord-limburg/wmo/S2a;regionaal;venlo;p1;1040000.00;100;10;8;0;1000000.00';

const refused = (text: string, file: string): SturingError => {
  try {
    parseRealisation(text, file);
  } catch (error) {
    if (isSturingError(error)) return error;
    throw error;
  }
  throw new Error('geaccepteerd');
};

describe('parseRealisation: CSV', () => {
  it('reads a Dutch header, metadata comments, a comma as decimal sign, and optional columns', () => {
    const text = `# regio: noord-limburg\n# jaar: 2022\n# fictief: ja\n${HEADER};budget\n${ROW};1000000\n\nnoord-limburg/wmo/S2a;lokaal;beesel;p2;"12,50";1;0;0;0;0;\n`;
    const { realisation, origin } = parseRealisation(text, 'r.csv');
    expect(realisation).toMatchObject({ regio: 'noord-limburg', jaar: 2022, fictief: true });
    expect(realisation.regels[0]).toMatchObject({ omzet: '1040000.00', clienten: 100, budget: '1000000', plekMaanden: 0 });
    expect(realisation.regels[1]).toMatchObject({ omzet: '12.50', voorschotten: '0' });
    expect(realisation.regels[1]).not.toHaveProperty('budget');
    expect(origin.regelnummers).toEqual([5, 7]);
  });
  it('takes the year from the file name when there is no "# jaar" line', () => {
    expect(parseRealisation(`${HEADER}\n${ROW}\n`, 'realisatie-noord-limburg-2023.csv').realisation.jaar).toBe(2023);
  });
  it('a missing column names the header line and the column', () => {
    const error = refused(`${HEADER.replace(';voorschotten', '')}\n${ROW}\n`, 'r-2022.csv');
    expect(error.code).toBe('REALISATIE_ONGELDIG');
    expect(error.message).toBe('r-2022.csv:1: regel 1: kolom "voorschotten" ontbreekt in de kopregel');
  });
  it('a negative or non-decimal amount names row and column; the other rows are checked too', () => {
    const error = refused(`${HEADER}\n${ROW.replace('1040000.00', '-5')}\n${ROW.replace(';100;', ';veel;')}\n`, 'r-2022.csv');
    expect(error.issues.map((i) => [i.line, i.message])).toEqual([
      [2, 'rij 2, kolom "omzet": "-5" is geen geldig bedrag (niet-negatief, hoogstens twee decimalen, zoals 1234.56)'],
      [3, 'rij 3, kolom "clienten": "veel" is geen niet-negatief geheel getal'],
    ]);
  });
});

describe('parseRealisation: JSON', () => {
  const doc = (regel: Record<string, unknown>) =>
    JSON.stringify(
      { regio: 'x', jaar: 2022, regels: [{ ruleset: 'x/wmo/S1', perceel: 'p', gemeente: 'g', aanbieder: 'a', omzet: '1.00', ...regel }] },
      null,
      2,
    );
  it('accepts the shared contract keys', () => {
    expect(
      parseRealisation(doc({ clienten: 1, trajectenGestart: 0, trajectenBeeindigd: 0, plekMaanden: 0, voorschotten: '0.00' }), 'r.json').realisation.regels,
    ).toHaveLength(1);
  });
  it('a non-decimal amount names file, line and field', () => {
    const error = refused(doc({ omzet: '1.234,56' }), 'r.json');
    expect(error.message).toMatch(/^r\.json:10:7: \/regels\/0\/omzet: geen geldig bedrag/);
    expect(error.issues[0]).toMatchObject({ path: '/regels/0/omzet', line: 10 });
  });
  it('broken JSON is JSON_ONGELDIG with line and column', () => {
    expect(refused('{"regio": ', 'r.json').code).toBe('JSON_ONGELDIG');
  });
});
