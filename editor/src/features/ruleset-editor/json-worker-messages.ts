/**
 * Monaco's JSON worker reports schema and syntax problems in English ("Value is not accepted. Valid values: …").
 * These are its messages in Dutch, worded as the engine's own Dutch schema messages, so a marker never shows the
 * English text beside the Dutch one. A message not listed stays as it is.
 */
const TYPES: Record<string, string> = {
  string: 'tekst',
  number: 'getal',
  integer: 'geheel getal',
  boolean: 'ja/nee (true of false)',
  object: 'object',
  array: 'lijst',
  null: 'null',
};
const type = (t: string): string => TYPES[t] ?? t;

const PATTERNS: [RegExp, (...groups: string[]) => string][] = [
  [/^Value is not accepted\. Valid values: (.*)\.$/s, (v) => `Ongeldige waarde; toegestaan: ${v}.`],
  [/^Incorrect type\. Expected "(.*)"\.$/, (t) => `Verkeerd type; verwacht: ${type(t)}.`],
  [/^Incorrect type\. Expected one of (.*)\.$/, (ts) => `Verkeerd type; verwacht: ${ts.split(', ').map(type).join(' of ')}.`],
  [/^Missing property "(.*)"\.$/, (p) => `Verplicht veld "${p}" ontbreekt.`],
  [/^Property (.*) is not allowed\.$/, (p) => `Onbekend veld ${p}.`],
  [/^String does not match the pattern of "(.*)"\.$/, (p) => `Ongeldig formaat (verwacht patroon ${p}).`],
  [/^Value is below the minimum of (.*)\.$/, (n) => `Moet minstens ${n} zijn.`],
  [/^Value is below the exclusive minimum of (.*)\.$/, (n) => `Moet groter zijn dan ${n}.`],
  [/^Value is above the maximum of (.*)\.$/, (n) => `Mag hoogstens ${n} zijn.`],
  [/^Value is above the exclusive maximum of (.*)\.$/, (n) => `Moet kleiner zijn dan ${n}.`],
  [/^String is shorter than the minimum length of (.*)\.$/, (n) => (n === '1' ? 'Mag niet leeg zijn.' : `Moet minstens ${n} tekens bevatten.`)],
  [/^String is longer than the maximum length of (.*)\.$/, (n) => `Mag hoogstens ${n} tekens bevatten.`],
  [/^Array has too few items\. Expected (.*) or more\.$/, (n) => `Moet minstens ${n} element(en) bevatten.`],
  [/^Array has too many items\. Expected (.*) or fewer\.$/, (n) => `Mag hoogstens ${n} element(en) bevatten.`],
  [/^Object has fewer properties than the required number of (.*)$/, (n) => `Moet minstens ${n} veld(en) bevatten.`],
  [/^Object has more properties than limit of (.*)\.$/, (n) => `Mag hoogstens ${n} veld(en) bevatten.`],
  [/^Value must be (.*)\.$/, (v) => `Waarde moet ${v} zijn.`],
  [/^String is not a RFC3339 date\.$/, () => 'Geen geldige datum (JJJJ-MM-DD).'],
];

const FIXED: Record<string, string> = {
  'Array has duplicate items.': 'Bevat dubbele waarden.',
  'Matches a schema that is not allowed.': 'Voldoet aan een vorm die hier niet is toegestaan.',
  'Matches multiple schemas when only one must validate.': 'Past op meer dan één van de toegestane vormen.',
  'Duplicate object key': 'Dubbele veldnaam.',
  'Expected comma': 'Komma verwacht.',
  'Expected comma or closing brace': 'Komma of } verwacht.',
  'Expected comma or closing bracket': 'Komma of ] verwacht.',
  'Colon expected': 'Dubbele punt verwacht.',
  'Value expected': 'Waarde verwacht.',
  'Property expected': 'Veldnaam verwacht.',
  'Property keys must be doublequoted': 'Veldnamen staan tussen dubbele aanhalingstekens.',
  'Trailing comma': 'Komma na het laatste element.',
  'End of file expected.': 'Einde van de tekst verwacht.',
  'Expected a JSON object, array or literal.': 'JSON-object, -lijst of -waarde verwacht.',
  'Comments are not permitted in JSON.': 'Commentaar is in JSON niet toegestaan.',
  'Invalid escape character in string.': 'Ongeldig escapeteken in de tekst.',
  'Unexpected end of string.': 'De tekst is niet afgesloten (").',
  'Invalid number format.': 'Ongeldig getal.',
  'Unexpected end of number.': 'Onvolledig getal.',
  'Unexpected end of comment.': 'Commentaar niet afgesloten.',
  'Invalid unicode sequence in string.': 'Ongeldige unicode-reeks in de tekst.',
  'Invalid characters in string. Control characters must be escaped.': 'Ongeldige tekens in de tekst: besturingstekens moeten als \\u-reeks.',
};

export function dutchJsonWorkerMessage(message: string): string {
  if (Object.hasOwn(FIXED, message)) return FIXED[message];
  for (const [pattern, dutch] of PATTERNS) {
    const match = pattern.exec(message);
    if (match) return dutch(...match.slice(1));
  }
  return message;
}
