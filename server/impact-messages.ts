/**
 * POST /api/impact with `berichten`: 301 messages (or several) as the population. Each allocation becomes a case
 * through the region's code mapping (gemeentecodes and AGB codes from the store, product codes from the rules folder);
 * what cannot be read or mapped is returned as problems with file, line, column and element path, the rest counts.
 */
import { join } from 'node:path';
import { allocationToCase, isMappingProblem, MessageReaderSession, type MessageProblem } from '../engine/src/messages';
import { codeMappingFrom, PACKAGE_ROOT } from '../engine/node';
import type { RuleStore } from './store/rule-store';

export interface PostedMessage {
  naam: string;
  inhoud: string;
}

export async function casesFromMessages(
  store: RuleStore,
  files: readonly PostedMessage[],
): Promise<{ cases: Record<string, unknown>[]; problems: MessageProblem[] }> {
  const mapping = codeMappingFrom(await store.listRegions(), join(PACKAGE_ROOT, 'rules'));
  const cases: Record<string, unknown>[] = [];
  const problems: MessageProblem[] = [];
  const session = new MessageReaderSession({
    item: (item) => {
      if (item.soort !== 'toewijzing') return;
      const mapped = allocationToCase(item, mapping);
      if (isMappingProblem(mapped)) problems.push(mapped);
      else cases.push(mapped.caseData);
    },
    problem: (problem) => problems.push(problem),
  });
  files.forEach((file, index) => session.readText(file.naam || `bericht-${index + 1}.xml`, file.inhoud));
  return { cases, problems };
}
