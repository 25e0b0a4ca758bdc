/**
 * What every tab of the rule-set page works on: the rule set as the server knows it and the editor's
 * current (possibly unsaved) text. Tabs read the text so they can try, compare and test the draft before it is saved.
 */
import type { Region, SharedRules } from '../../../../engine/src/model';
import type { DraftMeta, RuleSetDetail, VersionMeta } from '../../../../server/contract';
import type { ApiClient } from '../../api/client';
import type { Me } from '../../roles';

export type { DraftMeta, VersionMeta };

/** GET /api/rulesets/{region}/{domain}/{segment}, the parts the tabs use. */
export type RuleSetInfo = Pick<RuleSetDetail, 'id' | 'title' | 'latestVersion' | 'versions' | 'drafts'>;

export interface DraftRef {
  id: string;
  etag: string;
  revision: number;
  author?: string;
  baseVersion?: number | null;
  updatedAt?: string;
}

export interface RulesetWorkspace {
  client: ApiClient;
  me: Me;
  rulesetId: string;
  info: RuleSetInfo;
  /** The editor's text, saved or not. */
  text: string;
  /** The text parsed as JSON, or undefined while it is not valid JSON. */
  document: unknown;
  region: Region | undefined;
  sharedRules: Record<string, SharedRules>;
  /** The draft this editor saves to, once saved. */
  draft: DraftRef | undefined;
  /** Saves the text as a draft (creating one when needed); undefined when saving failed (the page shows why). */
  saveDraft: () => Promise<DraftRef | undefined>;
  /** The text differs from what was last loaded or saved. */
  dirty: boolean;
  /** The role may not save drafts: the editor is read-only. */
  readOnly: boolean;
  /** Opens an open draft (anyone's) in the editor. */
  openDraft: (draftId: string) => Promise<void>;
  /** Discards an open draft on the server (audited); the editor falls back to the published version if it was the open one. */
  discardDraft: (draftId: string) => Promise<void>;
}

export interface RulesetTabProps {
  workspace: RulesetWorkspace;
}
