/** A command adds data problems to a new result; the core's result is left as it was. */
import { describe, expect, it } from 'vitest';
import { withIssues } from '../../src/commands/classify.js';
import type { ClassifyResult, Issue } from '../../src/core/types.js';

describe('withIssues', () => {
  const core = () => ({ issues: [{ code: 'A', severity: 'error' }], summary: { issues: { error: 1, warning: 0, info: 0 } }, employees: [] }) as unknown as ClassifyResult;
  const extra = [
    { code: 'B', severity: 'warning' },
    { code: 'C', severity: 'warning' },
    { code: 'D', severity: 'info' },
  ] as unknown as Issue[];

  it('counts the new problems by severity (1 error + 2 warnings + 1 info) in a new result', () => {
    const before = core();
    const after = withIssues(before, extra);
    expect(after.issues.map((i) => i.code)).toEqual(['A', 'B', 'C', 'D']);
    expect(after.summary.issues).toEqual({ error: 1, warning: 2, info: 1 });
    // the core's result is unchanged
    expect(before.issues.map((i) => i.code)).toEqual(['A']);
    expect(before.summary.issues).toEqual({ error: 1, warning: 0, info: 0 });
  });

  it('no new problems: the same result', () => {
    const r = core();
    expect(withIssues(r, [])).toBe(r);
  });
});
