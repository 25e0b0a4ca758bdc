/** The iWmo / iJw 3.2 messages Sturing reads: number, BerichtCode per standard, namespaces, and the items each carries. */
import type { MessageDomain } from './code-mapping';

export type MessageNumber = '301' | '305' | '307' | '315' | '317' | '323';

export const MESSAGE_NAMES: Record<MessageNumber, string> = {
  '301': 'toewijzing',
  '305': 'start zorg',
  '307': 'stop zorg',
  '315': 'verzoek om toewijzing',
  '317': 'verzoek om wijziging',
  '323': 'declaratie',
};

/** BerichtCode in the header, per message and standard. */
export const BERICHT_CODES: Record<MessageDomain, Record<MessageNumber, string>> = {
  wmo: { '301': '414', '305': '418', '307': '420', '315': '444', '317': '480', '323': '484' },
  jeugd: { '301': '436', '305': '438', '307': '440', '315': '446', '317': '486', '323': '490' },
};

const MESSAGE_NS = /^http:\/\/www\.istandaarden\.nl\/(iwmo|ijw)\/3_2\/(wmo|jw)(\d{3})\/schema$/;

/** The message and standard a root namespace names, or undefined when it is not an iWmo/iJw 3.2 message namespace. */
export function parseMessageNamespace(uri: string): { domein: MessageDomain; bericht: MessageNumber; basis: string } | undefined {
  const match = MESSAGE_NS.exec(uri);
  if (!match) return undefined;
  const [, standard, prefix, number] = match;
  if ((standard === 'iwmo') !== (prefix === 'wmo')) return undefined;
  if (!(number in MESSAGE_NAMES)) return undefined;
  return {
    domein: standard === 'iwmo' ? 'wmo' : 'jeugd',
    bericht: number as MessageNumber,
    basis: `http://www.istandaarden.nl/${standard}/3_2/basisschema/schema`,
  };
}

/** The namespace of a message (for writers of test and example messages). */
export function messageNamespace(domein: MessageDomain, bericht: MessageNumber): string {
  return domein === 'wmo' ? `http://www.istandaarden.nl/iwmo/3_2/wmo${bericht}/schema` : `http://www.istandaarden.nl/ijw/3_2/jw${bericht}/schema`;
}

/** Elements that repeat; the element path numbers them (`/Bericht/Client[2]/…`). */
export const REPEATING = new Set([
  'Client',
  'ToegewezenProduct',
  'StartProduct',
  'StopProduct',
  'AangevraagdProduct',
  'OngewijzigdProduct',
  'TeWijzigenProduct',
  'NieuwProduct',
  'Prestatie',
]);
