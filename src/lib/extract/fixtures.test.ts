import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Timeline } from '../timeline/types';
import { parseArticle } from './article';
import { extractTimeline } from './events';
import { EXTENSION } from './titles/whole-clause';
import { MAX_WORDS } from './titles/words';

const DIR = join(import.meta.dirname, 'fixtures/dev');
const timelines = new Map<string, Timeline>(
	readdirSync(DIR)
		.filter((f) => f.endsWith('.md'))
		.map((f) => {
			const slug = f.replace(/\.md$/, '');
			const file = join(DIR, f);
			return [slug, extractTimeline(parseArticle(readFileSync(file, 'utf8'), slug, file))];
		})
);
const find = (slug: string, title: string) =>
	timelines.get(slug)!.events.find((e) => e.title === title);

// Titles checked by hand to read right on a timeline: article, title, value, inferred, kind.
const CHECKED: [string, string, string, boolean?, 'plan'?][] = [
	['court', 'Federal jury convicted former mayor of Riverton, Daniel Okafor', '2025-06-19'],
	['court', 'Richard Hale pleaded guilty', '2024'],
	['court', 'Scheme ran until his arrest', '2023-03'],
	['court', 'Judge Alan Brooks set sentencing', '2025-09-18', false, 'plan'],
	['court', "Karen Li said today's verdict shows that no one is above law", '2025-06-19'],
	['disaster', 'President Ellis declared major disaster', '2025-07-17'],
	['disaster', 'State legislature approved $200 million relief fund', '2025-W32'],
	['disaster', 'Gov. Ray Dunn signed it', '2025-08-13'],
	['disaster', 'Officials said agency approved $48 million in assistance', '2025-08-14'],
	['disaster', 'Engineers expect to finish repairs to Millbrook dam', '2026-SP', false, 'plan'],
	['election', 'Maria Alvarez won race for governor', '2026-11-03'],
	['election', 'Alvarez entered race', '2025-01'],
	['election', 'Associated Press called race', '2026-11-03T22:42'],
	['election', 'Alvarez thanked volunteers at rally in capital', '2026-11-04T00:00'],
	['election', 'Alvarez’s campaign surged after first debate', '2026-09'],
	['launch', 'Orbit founded', '2016'],
	['launch', 'Orbit shipped 14 million phones', '2024'],
	['launch', 'Orbit unveiled its first folding phone', '2025-09-09'],
	['launch', 'Samsung cut price of its Galaxy Z Fold', '2025-08'],
	['launch', 'Orbit Fold will go on sale in United States for $1,499', '2025-10-03', false, 'plan'],
	['markets', 'Nasdaq Composite dropped 2.8 percent', '2025-03-11'],
	['markets', "Wall Street's main indexes fell sharply", '2025-03-11', true],
	['markets', 'Officials want to cut rates if inflation keeps easing', '2025', false, 'plan'],
	['obituary', 'Elena Varga died at her home in Toledo, Ohio', '2024-11-02'],
	['obituary', 'Ms. Varga was born in Szeged, Hungary', '1933-05-02'],
	['obituary', 'Varga fled country after Soviet Army crushed uprising', '1956'],
	['obituary', 'Varga founded Traveling Opera of Ohio', '1962']
];

describe('dev news articles: titles that read right, at the right dates', () => {
	it.each(CHECKED)('%s: "%s" (%s)', (slug, title, value, inferred = false, kind) => {
		const event = find(slug, title);
		expect(event, `no event titled "${title}" in ${slug}`).toBeDefined();
		expect(event!.start.value).toBe(value);
		expect(event!.start.inferred ?? false).toBe(inferred);
		expect(event!.kind).toBe(kind);
	});

	// (A title runs past its length only to end a clause whole: "… shed 430 | points".)
	it('never titles a fragment start, a bare word or an over-long label', () => {
		for (const [slug, timeline] of timelines)
			for (const { title } of timeline.events) {
				expect(title, slug).not.toMatch(/^['’]s\b|^[,;:]/);
				expect(title.split(' ').length, title).toBeGreaterThan(1);
				expect(title.split(' ').length, title).toBeLessThanOrEqual(MAX_WORDS + EXTENSION);
			}
	});

	it('dates no yardstick: comparisons, "since Tuesday’s close", "over the past year"', () => {
		const markets = timelines.get('markets')!.events;
		expect(markets.map((e) => e.start.text)).not.toContain('the past year');
		expect(markets.map((e) => e.start.text)).not.toContain('last Wednesday');
		expect(markets.map((e) => e.start.text)).not.toContain('January');
		const launch = timelines.get('launch')!.events;
		expect(launch.map((e) => e.start.text)).not.toContain('a year earlier');
	});

	it('dates a quoted "today" to the day it was said', () => {
		const quote = find('election', 'Alvarez said people of this state chose different direction');
		expect(quote?.start.value).toBe('2026-11-03');
	});
});
