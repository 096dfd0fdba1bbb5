import { describe, expect, it } from 'vitest';
import { extractTimeline } from './events';
import { DEADLINES, isDeadline } from './deadlines';

describe('deadlines gone by (DEADLINES)', () => {
	it.each(DEADLINES.map((rule) => [rule.example]))('"%s" dates no happening', (example) => {
		const at = example.search(/\bby\s/);
		expect(isDeadline(example.slice(0, at + 3))).toBe(true);
		const { events } = extractTimeline({
			slug: 'story',
			title: 'Story',
			source: 'The Daily Example',
			published: '2026-03-13',
			text: example
		});
		expect(events.filter((e) => !/publishes this report/.test(e.title))).toEqual([]);
	});

	it('leaves "by" that is no deadline: a cut by half, a work founded by two engineers', () => {
		expect(isDeadline('Profits fell by ')).toBe(false);
		expect(isDeadline('The firm was founded by ')).toBe(false);
	});
});
