/** axe-core with every rule the issue names, and a failure that says what to fix where. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** WCAG 2.1 A and AA, and axe's best practices: every rule the audit counts on. */
export const EVERY_RULE = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** One line per element at fault: rule, element, and axe's own words for what is wrong. */
export function describeViolations(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => {
      // The summary's first line names the check that failed ("Fix any of the following: …").
      const why = (node.failureSummary ?? violation.help).split('\n').slice(0, 2).join(' ').trim();
      return `${violation.id} (${violation.impact ?? 'n/a'}) at ${node.target.join(' ')}: ${why}`;
    }),
  );
}

/**
 * Runs axe on the whole page as it is now, `state` naming it in the failure (and in the
 * report's annotations, so that a run lists every state audited).
 */
export async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  test.info().annotations.push({ type: 'axe', description: state });
  const results = await new AxeBuilder({ page }).withTags(EVERY_RULE).analyze();
  // Soft: a journey goes on, so that one run lists the violations of every state it walks.
  expect.soft(describeViolations(results.violations), `axe, ${state}`).toEqual([]);
}
