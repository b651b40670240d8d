import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot } from './e2e-paths.js';

/** One serious or critical rule broken, with where. */
export interface AxeProblem {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

let source: string | null = null;

/**
 * Runs axe-core in the page (its script evaluated in the page, which the app's CSP cannot
 * block) and returns the serious and critical violations.
 */
export const seriousAxeViolations = async (page: Page): Promise<AxeProblem[]> => {
  source ??= await readFile(path.join(repoRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  await page.evaluate(source);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            c: Document,
            o: object,
          ) => Promise<{
            violations: {
              id: string;
              impact: string | null;
              help: string;
              nodes: { target: unknown[] }[];
            }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact ?? '',
        help: v.help,
        targets: v.nodes.map((n) => n.target.map(String).join(' ')),
      }));
  });
};
