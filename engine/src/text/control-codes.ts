/* eslint-disable no-control-regex -- matching control characters is what this file is for */
/**
 * Removes what a terminal would interpret instead of print: ANSI/VT escape sequences (colours, cursor moves,
 * window titles, hyperlinks), the other C0 and C1 control characters and DEL, and the Unicode bidirectional
 * overrides that can make text read differently from what it is. Newlines and tabs stay.
 */

/** ESC-introduced sequences: CSI (ESC [ … final), OSC (ESC ] … BEL or ST), and two-character escapes. */
const ESCAPE_SEQUENCE = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])/g;
/** C1 CSI/OSC as single characters (0x9b, 0x9d) with their parameters. */
const C1_SEQUENCE = /\u009b[0-?]*[ -/]*[@-~]|\u009d[^\u0007\u009c]*(?:\u0007|\u009c)?/g;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function stripControlCodes(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(C1_SEQUENCE, '').replace(CONTROL, '');
}
