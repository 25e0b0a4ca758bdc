import { describe, expect, it } from 'vitest';
import type { DraftRef } from '../ruleset-editor/workspace';
import { defaultTarget, draftIdToRun } from './run-target-select';

const info = { id: 'r', title: 'R', latestVersion: 2, versions: [], drafts: [] };

describe('run targets', () => {
  it('default to the draft open in the editor, else the latest version', () => {
    expect(defaultTarget({ info, draft: { id: 'd1', etag: '"d1.1"', revision: 1 } })).toEqual({ kind: 'concept', draftId: 'd1' });
    expect(defaultTarget({ info, draft: undefined })).toEqual({ kind: 'versie', version: 2 });
  });

  it('never save (so never create) a draft other than the one open with unsaved changes', async () => {
    const saves: string[] = [];
    const saveDraft = (): Promise<DraftRef> => {
      saves.push('save');
      return Promise.resolve({ id: 'd1', etag: '"d1.2"', revision: 2 });
    };
    const open = { id: 'd1', etag: '"d1.1"', revision: 1 };
    expect(await draftIdToRun({ draft: open, dirty: false, readOnly: false, saveDraft }, 'd1')).toBe('d1');
    expect(await draftIdToRun({ draft: open, dirty: true, readOnly: false, saveDraft }, 'd2')).toBe('d2');
    expect(await draftIdToRun({ draft: undefined, dirty: true, readOnly: false, saveDraft }, 'd2')).toBe('d2');
    expect(await draftIdToRun({ draft: open, dirty: true, readOnly: true, saveDraft }, 'd1')).toBe('d1');
    expect(saves).toEqual([]);
    expect(await draftIdToRun({ draft: open, dirty: true, readOnly: false, saveDraft }, 'd1')).toBe('d1');
    expect(saves).toEqual(['save']);
  });
});
