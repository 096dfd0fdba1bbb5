import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8'
);

/** WCAG 2.1 A/AA violations axe-core finds on the page as it stands. */
export function accessibilityViolations(page: Page): Promise<string[]> {
	return axeViolations(page, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
}

/** Content outside landmarks, no main landmark, no level-one heading: how a screen reader finds its way. */
export function landmarkViolations(page: Page): Promise<string[]> {
	return axeViolations(page, {
		runOnly: { type: 'rule', values: ['region', 'landmark-one-main', 'page-has-heading-one'] }
	});
}

async function axeViolations(page: Page, options: object): Promise<string[]> {
	// Evaluated through the DevTools protocol, so the page's CSP does not apply to it.
	await page.evaluate(axeSource);
	return page.evaluate(async (options) => {
		const axe = (
			window as unknown as {
				axe: {
					run: (
						o: object
					) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
				};
			}
		).axe;
		const result = await axe.run(options);
		return result.violations.map(
			(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
		);
	}, options);
}
