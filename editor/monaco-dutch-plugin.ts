/**
 * Monaco's own user-visible strings in Dutch. Monaco ships no Dutch language pack, and its ESM build looks messages
 * up by number with the English text as fallback (`localize(1195, "View Problem")`). This Vite plugin rewrites that
 * fallback for the strings a policy officer meets — problem widget, find widget, hover actions, suggestions,
 * clipboard — to Dutch at build time; anything not listed stays as Monaco has it.
 */
import type { Plugin } from 'vite';

export const MONACO_DUTCH: Readonly<Record<string, string>> = {
  // hover on a marker
  'View Problem': 'Probleem bekijken',
  'No quick fixes available': 'Geen snelle oplossingen beschikbaar',
  'Checking for quick fixes...': 'Snelle oplossingen zoeken…',
  'Quick Fix...': 'Snelle oplossing…',
  'Loading...': 'Laden…',
  'Increase Hover Verbosity Level': 'Meer details tonen',
  'Decrease Hover Verbosity Level': 'Minder details tonen',
  'Increase Hover Verbosity': 'Meer details tonen',
  'Decrease Hover Verbosity': 'Minder details tonen',
  // problem widget (F8)
  Error: 'Fout',
  Warning: 'Waarschuwing',
  Info: 'Informatie',
  Hint: 'Hint',
  '{0} of {1} problem': '{0} van {1} probleem',
  '{0} of {1} problems': '{0} van {1} problemen',
  '{0}: {1} at {2}. ': '{0}: {1} op {2}. ',
  'Go to Next Problem (Error, Warning, Info)': 'Naar het volgende probleem (fout, waarschuwing, informatie)',
  'Go to Previous Problem (Error, Warning, Info)': 'Naar het vorige probleem (fout, waarschuwing, informatie)',
  'Go to Next Problem in Files (Error, Warning, Info)': 'Naar het volgende probleem in bestanden',
  'Go to Previous Problem in Files (Error, Warning, Info)': 'Naar het vorige probleem in bestanden',
  // find widget (Ctrl+F)
  Find: 'Zoeken',
  Replace: 'Vervangen',
  'Replace All': 'Alles vervangen',
  'Toggle Replace': 'Vervangen aan/uit',
  'Find in Selection': 'Zoeken in selectie',
  'Find / Replace': 'Zoeken / vervangen',
  'Previous Match': 'Vorige overeenkomst',
  'Next Match': 'Volgende overeenkomst',
  Close: 'Sluiten',
  'No results': 'Geen resultaten',
  '{0} of {1}': '{0} van {1}',
  "{0} found for '{1}'": "{0} gevonden voor '{1}'",
  "{0} found for '{1}', at {2}": "{0} gevonden voor '{1}', op {2}",
  '{0} found': '{0} gevonden',
  'Only the first {0} results are highlighted, but all find operations work on the entire text.':
    'Alleen de eerste {0} resultaten zijn gemarkeerd; zoeken en vervangen werken op de hele tekst.',
  'Match Case': 'Hoofdlettergevoelig',
  'Match Whole Word': 'Heel woord',
  'Use Regular Expression': 'Reguliere expressie',
  'Preserve Case': 'Hoofdletters behouden',
  'Press {0} for accessibility help': 'Druk op {0} voor toegankelijkheidshulp',
  // suggestions (Ctrl+Space)
  'No suggestions.': 'Geen suggesties.',
  Suggest: 'Suggesties',
  // code actions
  'No code actions available': 'Geen acties beschikbaar',
  'No auto fixes available': 'Geen automatische oplossingen beschikbaar',
  // clipboard and context menu
  Cut: 'Knippen',
  Copy: 'Kopiëren',
  Paste: 'Plakken',
  'Command Palette': 'Opdrachtenpalet',
  'Change All Occurrences': 'Alle voorkomens wijzigen',
  'Format Document': 'Document opmaken',
};

const LOCALIZE = /\b(localize2?)\((\d+), ("(?:[^"\\\n]|\\.)*")/g;

/** Replaces the English fallback of each listed message in one Monaco module's source; returns undefined when none. */
export function dutchMonacoSource(code: string): string | undefined {
  let changed = false;
  const next = code.replace(LOCALIZE, (match, fn: string, index: string, literal: string) => {
    let english: string;
    try {
      english = JSON.parse(literal) as string;
    } catch {
      return match; // a JavaScript-only escape: not one of ours
    }
    // Own keys only: "constructor" is a Monaco message too.
    const dutch = Object.hasOwn(MONACO_DUTCH, english) ? MONACO_DUTCH[english] : undefined;
    if (dutch === undefined) return match;
    changed = true;
    return `${fn}(${index}, ${JSON.stringify(dutch)}`;
  });
  return changed ? next : undefined;
}

export function monacoDutch(): Plugin {
  return {
    name: 'sturing-monaco-dutch',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('/node_modules/monaco-editor/esm/vs/') || !code.includes('localize')) return null;
      const next = dutchMonacoSource(code);
      return next === undefined ? null : { code: next, map: null };
    },
  };
}
