/** Regression runs started through the API: run in the background, progress kept in the store and pushed as events. */
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { RuleSetVersion } from '../engine/src/model';
import type { CaseResult } from '../engine/src/testing';
import { ApiError } from './api-error';
import type { TestRunState } from './contract';
import { runSuitesWith } from './publish';
import type { RuleStore } from './store/rule-store';

export type { TestRunState };

/** Test runs one user (token) may have running at once in one instance; more are refused with 503 and Retry-After. */
export const MAX_RUNS_PER_USER = 2;

export class TestRuns {
  private readonly events = new EventEmitter();
  /** Running runs per actor. */
  private readonly running = new Map<string, number>();

  constructor(
    private readonly store: RuleStore,
    private readonly now: () => string,
  ) {
    this.events.setMaxListeners(1000);
  }

  /** Starts a run against a published version (pinned) or a draft (as if published); returns at once. */
  async start(rulesetId: string, target: { version?: number; draftId?: string }, actor: string): Promise<TestRunState> {
    const active = this.running.get(actor) ?? 0;
    if (active >= MAX_RUNS_PER_USER)
      throw new ApiError(
        'TE_DRUK',
        'Te veel testruns tegelijk',
        `U heeft al ${active} testruns lopen (maximaal ${MAX_RUNS_PER_USER} tegelijk); wacht tot er een klaar is en probeer het dan opnieuw.`,
        [],
        { retryAfter: 5 },
      );
    // Counted before the first await, so simultaneous requests cannot all pass the check.
    this.running.set(actor, active + 1);
    try {
      return await this.begin(rulesetId, target, actor);
    } catch (error) {
      this.release(actor);
      throw error;
    }
  }

  private release(actor: string): void {
    const left = (this.running.get(actor) ?? 1) - 1;
    if (left > 0) this.running.set(actor, left);
    else this.running.delete(actor);
  }

  private async begin(rulesetId: string, target: { version?: number; draftId?: string }, actor: string): Promise<TestRunState> {
    const summary = await this.store.requireRuleSet(rulesetId);
    let candidate: RuleSetVersion;
    if (target.draftId) {
      const draft = await this.store.getDraft(rulesetId, target.draftId);
      candidate = { ...(draft.document as RuleSetVersion), id: rulesetId, version: summary.latestVersion + 1 };
    } else {
      candidate = (await this.store.getVersion(rulesetId, target.version ?? summary.latestVersion)).document;
    }

    const suites = await this.store.listSuites(rulesetId);
    const total = suites.reduce((n, s) => n + s.suite.cases.length, 0);
    const state: TestRunState = {
      id: randomUUID(),
      ruleset: rulesetId,
      target,
      status: 'bezig',
      total,
      done: 0,
      passed: 0,
      failed: 0,
      createdAt: this.now(),
      finishedAt: null,
    };
    await this.store.db
      .insertInto('test_runs')
      .values({
        id: state.id,
        ruleset_id: rulesetId,
        target: JSON.stringify(target),
        status: state.status,
        total,
        done: 0,
        passed: 0,
        failed: 0,
        results: null,
        actor,
        created_at: state.createdAt,
        finished_at: null,
      })
      .execute();
    void this.execute(state, candidate).finally(() => this.release(actor));
    return state;
  }

  /**
   * Runs the suites as the publish gate does: undated cases pinned to the
   * candidate, dated ones resolved among the published versions — so a case
   * "peildatum vóór de eerste versie" keeps its meaning for a published version too.
   */
  private async execute(state: TestRunState, candidate: RuleSetVersion): Promise<void> {
    try {
      const onResult = (r: CaseResult): void => {
        state.done++;
        if (r.passed) state.passed++;
        else state.failed++;
        this.events.emit(state.id, { ...state });
      };
      const results = await runSuitesWith(this.store, candidate, 'alongside', onResult);
      state.results = results.map(({ suite, result: { decision: _d, ...rest } }) => ({ suite, ...rest }));
      state.status = 'klaar';
    } catch (error) {
      state.status = 'mislukt';
      state.results = [{ message: error instanceof Error ? error.message : String(error) }];
    }
    state.finishedAt = this.now();
    await this.store.db
      .updateTable('test_runs')
      .set({
        status: state.status,
        done: state.done,
        passed: state.passed,
        failed: state.failed,
        results: JSON.stringify(state.results),
        finished_at: state.finishedAt,
      })
      .where('id', '=', state.id)
      .execute();
    this.events.emit(state.id, { ...state });
  }

  async get(id: string): Promise<TestRunState> {
    const row = await this.store.db.selectFrom('test_runs').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new ApiError('NIET_GEVONDEN', 'Testrun niet gevonden', `Er is geen testrun ${id}.`);
    return {
      id: row.id,
      ruleset: row.ruleset_id,
      target: JSON.parse(row.target),
      status: row.status as TestRunState['status'],
      total: row.total,
      done: row.done,
      passed: row.passed,
      failed: row.failed,
      ...(row.results ? { results: JSON.parse(row.results) } : {}),
      createdAt: row.created_at,
      finishedAt: row.finished_at,
    };
  }

  /** Subscribes to progress of a run in this process; returns an unsubscribe function. */
  subscribe(id: string, listener: (state: TestRunState) => void): () => void {
    this.events.on(id, listener);
    return () => this.events.off(id, listener);
  }
}
