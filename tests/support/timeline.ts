import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { fuzzyDate } from '../../src/lib/timeline/fuzzy-date';

/** An event of a timeline made for a test: its date as written, its TIMEX3 value, its title. */
export type MadeEvent = [words: string, value: string, title: string];

/**
 * Writes an article and its published timeline into a data folder: one sentence per event
 * ("<words>, <title>."), each event pointing at its sentence, ids in order (`e0`, `e1`, …).
 */
export function writeTimeline(dir: string, slug: string, title: string, events: MadeEvent[]) {
	mkdirSync(join(dir, 'articles'), { recursive: true });
	mkdirSync(join(dir, 'timelines'), { recursive: true });
	let text = '';
	const made = events.map(([words, value, heading], i) => {
		const sentence = `${words[0]!.toUpperCase()}${words.slice(1)}, ${heading}.`;
		const start = text.length;
		text += `${sentence} `;
		const date = fuzzyDate(words, value);
		if (!date) throw new Error(`no date for ${value}`);
		return {
			id: `e${i}`,
			title: heading,
			summary: sentence,
			start: date,
			source: { article: slug, start, end: start + sentence.length }
		};
	});
	const front = `---\ntitle: ${title}\nsource: Desk\npublished: 2026-12-01\n---\n`;
	writeFileSync(join(dir, 'articles', `${slug}.md`), `${front}${text.trim()}\n`);
	writeFileSync(
		join(dir, 'timelines', `${slug}.json`),
		JSON.stringify({ article: slug, title, published: '2026-12-01', events: made })
	);
}

/**
 * The names Chromium gives the page's buttons (what a screen reader announces), from its own
 * accessibility tree rather than a copy of the naming rules.
 */
export async function buttonNames(page: Page): Promise<string[]> {
	const cdp = await page.context().newCDPSession(page);
	const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
		nodes: { ignored: boolean; role?: { value: string }; name?: { value: string } }[];
	};
	await cdp.detach();
	return nodes
		.filter((n) => !n.ignored && n.role?.value === 'button')
		.map((n) => n.name?.value ?? '');
}
