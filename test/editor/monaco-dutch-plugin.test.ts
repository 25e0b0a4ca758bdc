import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../api/harness';
import { dutchMonacoSource } from '../../editor/monaco-dutch-plugin';

const monacoFile = (path: string) => readFileSync(join(ROOT, 'node_modules/monaco-editor/esm/vs', path), 'utf8');

describe('Monaco in Dutch', () => {
  it('rewrites the hover actions of a problem ("View Problem", "No quick fixes available")', () => {
    const source = dutchMonacoSource(monacoFile('editor/contrib/hover/browser/markerHoverParticipant.js'));
    expect(source).toBeDefined();
    expect(source).toContain('"Probleem bekijken"');
    expect(source).toContain('"Geen snelle oplossingen beschikbaar"');
    expect(source).not.toContain('"View Problem"');
    expect(source).not.toContain('"No quick fixes available"');
  });

  it('rewrites the find widget and the problem widget, keeping the message numbers', () => {
    const find = dutchMonacoSource(monacoFile('editor/contrib/find/browser/findWidget.js'))!;
    expect(find).toMatch(/localize\(\d+, "Geen resultaten"\)/);
    expect(find).not.toContain('"No results"');
    const problems = dutchMonacoSource(monacoFile('editor/contrib/gotoError/browser/gotoErrorWidget.js'))!;
    expect(problems).toContain('"{0} van {1} problemen"');
    expect(dutchMonacoSource(monacoFile('base/browser/ui/findinput/findInputToggles.js'))).toContain('"Hoofdlettergevoelig"');
  });

  it('leaves a module without listed strings alone', () => {
    expect(dutchMonacoSource('const x = localize(1, "Something else");')).toBeUndefined();
    // Names of Object.prototype are messages too (symbol kind "constructor"): never looked up on the prototype.
    expect(dutchMonacoSource('const k = localize(811, "constructor"), t = localize(2, "toString");')).toBeUndefined();
  });
});
