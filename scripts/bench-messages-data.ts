/**
 * FICTIONAL iWmo 3.2 301 messages for the benchmark: `count` allocations for the Noord-Limburg municipalities in files
 * of `perFile` clients (one allocation each), a mix of specifiek, aspecifiek and open-ended allocations over the
 * region's Wmo product codes. Deterministic (seeded); BSNs are generated valid test numbers.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const GEMEENTEN = ['0983', '0984', '1507', '1894', '0889', '0893', '0907'];
const CODES = ['02A11', '02A12', '02A01', '02A02', '02A21', '02A22', '07A31', '01A01', '01A02', '04A01'];

function bsn(n: number): string {
  // 9 digits passing the elfproef: choose the first 8, solve the last (retry when it would be 10).
  for (let k = n; ; k++) {
    const first = String(100_000_000 + (k % 800_000_000))
      .slice(1, 9)
      .padStart(8, '0');
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += Number(first[i]) * (9 - i);
    const last = sum % 11;
    if (last < 10 && !(first === '00000000' && last === 0)) return first + String(last);
  }
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function message301(fileIndex: number, clients: number, startNumber: number, random: () => number): string {
  const gemeente = GEMEENTEN[fileIndex % GEMEENTEN.length];
  const parts: string[] = [
    `<?xml version="1.0" encoding="UTF-8"?>
<!-- FICTIEF benchmarkbericht: verzonnen cliënten en toewijzingen. -->
<m:Bericht xmlns:m="http://www.istandaarden.nl/iwmo/3_2/wmo301/schema" xmlns:b="http://www.istandaarden.nl/iwmo/3_2/basisschema/schema">
  <m:Header><m:BerichtCode>414</m:BerichtCode><m:BerichtVersie>3</m:BerichtVersie><m:BerichtSubversie>2</m:BerichtSubversie><m:Afzender>${gemeente}</m:Afzender><m:Ontvanger>${98100001 + (fileIndex % 13)}</m:Ontvanger><m:BerichtIdentificatie><b:Identificatie>B${fileIndex}</b:Identificatie><b:Dagtekening>2022-06-01</b:Dagtekening></m:BerichtIdentificatie></m:Header>
`,
  ];
  for (let c = 0; c < clients; c++) {
    const nr = startNumber + c;
    const code = CODES[Math.floor(random() * CODES.length)];
    const month = 1 + Math.floor(random() * 12);
    const van = `2022-${String(month).padStart(2, '0')}-01`;
    const shape = random();
    const product =
      shape < 0.3
        ? `<m:Product><b:Categorie>${code.slice(0, 2)}</b:Categorie></m:Product>`
        : `<m:Product><b:Categorie>${code.slice(0, 2)}</b:Categorie><b:Code>${code}</b:Code></m:Product>`;
    const omvang =
      shape >= 0.3 ? `<m:Omvang><b:Volume>${1 + Math.floor(random() * 6)}</b:Volume><b:Eenheid>04</b:Eenheid><b:Frequentie>2</b:Frequentie></m:Omvang>` : '';
    const eind = random() < 0.85 ? `<m:Einddatum>2022-12-31</m:Einddatum>` : '';
    parts.push(
      `  <m:Client><m:Bsn>${bsn(nr)}</m:Bsn><m:Geboortedatum><b:Datum>19${50 + (nr % 50)}-0${1 + (nr % 9)}-1${nr % 10}</b:Datum></m:Geboortedatum><m:ToegewezenProducten><m:ToegewezenProduct><m:ToewijzingNummer>${nr % 100_000_000}</m:ToewijzingNummer>${product}<m:Toewijzingsdatum>${van}</m:Toewijzingsdatum><m:Toewijzingstijd>09:00:00</m:Toewijzingstijd><m:Ingangsdatum>${van}</m:Ingangsdatum>${eind}${omvang}</m:ToegewezenProduct></m:ToegewezenProducten></m:Client>\n`,
    );
  }
  parts.push('</m:Bericht>\n');
  return parts.join('');
}

/** Writes `count` allocations into `dir` in files of `perFile`; returns the number of bytes written. */
export function write301Directory(dir: string, count: number, perFile = 5_000, seed = 2022): number {
  mkdirSync(dir, { recursive: true });
  const random = rng(seed);
  let bytes = 0;
  for (let file = 0, done = 0; done < count; file++) {
    const clients = Math.min(perFile, count - done);
    const text = message301(file, clients, done + 1, random);
    writeFileSync(join(dir, `toewijzingen-${String(file).padStart(5, '0')}.xml`), text);
    bytes += Buffer.byteLength(text);
    done += clients;
  }
  return bytes;
}
