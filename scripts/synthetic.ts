/**
 * Synthetic long timelines for the render bench and the scale tests: a short article and a
 * curated timeline of n events over 60 years, bunched around a few crises, some on the same
 * day, some known only to the month (the same shape bench:layout times). Written as data/
 * files, so they are served by the app exactly as an editor's published timeline would be.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DAY = 86_400_000;
const WORDS = ['talks', 'vote', 'strike', 'ruling', 'summit', 'report', 'treaty', 'protest'];

export interface SyntheticEvent {
	id: string;
	title: string;
	summary: string;
	start: { text: string; value: string; earliest: string; latest: string; precision: string };
	source: { article: string; start: number; end: number };
}

const iso = (ms: number) => new Date(ms).toISOString();

/** n events in date order, the same for the same n (a fixed seed). */
export function syntheticEvents(n: number, slug: string): SyntheticEvent[] {
	let seed = 42;
	const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
	const start = Date.UTC(1960, 0, 1);
	const span = 60 * 365 * DAY;
	const crises = [0.2, 0.55, 0.9];
	const days: number[] = [];
	for (let i = 0; i < n; i++) {
		const r = random();
		const centre = crises[i % crises.length]!;
		const at = r < 0.5 ? random() : centre + (random() - 0.5) * 0.02;
		days.push(Math.floor((start + Math.max(0, Math.min(1, at)) * span) / DAY) * DAY);
	}
	days.sort((a, b) => a - b);
	return days.map((day, i) => {
		const value = iso(day).slice(0, 10);
		const month = i % 9 === 0;
		const d = new Date(day);
		const first = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
		const next = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
		const word = WORDS[i % WORDS.length]!;
		return {
			id: `${slug}-${i}`,
			title: `Event ${i}: ${word}`,
			summary: `Event ${i}, a ${word}, on ${value}.`,
			start: month
				? {
						text: value.slice(0, 7),
						value: value.slice(0, 7),
						earliest: iso(first),
						latest: iso(next - 1),
						precision: 'month'
					}
				: {
						text: value,
						value,
						earliest: iso(day),
						latest: iso(day + DAY - 1),
						precision: 'day'
					},
			// Told by the articles of an archive, not by the short article the timeline hangs on.
			source: { article: `${slug}-archive-${i % 97}`, start: 0, end: 0 }
		};
	});
}

/** Writes `data/articles/<slug>.md` and `data/timelines/<slug>.json` under `dataDir`. */
export function writeSyntheticTimeline(dataDir: string, slug: string, n: number): void {
	mkdirSync(join(dataDir, 'articles'), { recursive: true });
	mkdirSync(join(dataDir, 'timelines'), { recursive: true });
	const title = `A long story in ${n.toLocaleString('en')} events`;
	writeFileSync(
		join(dataDir, 'articles', `${slug}.md`),
		`---\ntitle: ${title}\nsource: Dateline bench\npublished: 2020-01-01\n---\n` +
			`A synthetic timeline of ${n} events over sixty years, for measuring the reader.\n`
	);
	const timeline = {
		article: slug,
		title,
		published: '2020-01-01',
		events: syntheticEvents(n, slug)
	};
	writeFileSync(join(dataDir, 'timelines', `${slug}.json`), JSON.stringify(timeline));
}
