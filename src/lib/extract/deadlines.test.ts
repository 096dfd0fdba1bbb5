import { describe, expect, it } from 'vitest';
import { extractTimeline } from './events';
import { DEADLINES, isDeadline } from './deadlines';

describe('deadlines gone by (DEADLINES)', () => {
	it.each(DEADLINES.map((rule) => [rule.example]))('"%s" dates no happening', (example) => {
		// The deadline's word is the last "by", "until", "through" or "in" before its year.
		const year = example.search(/\d{4}/);
		const [word] = [...example.slice(0, year).matchAll(/\b(?:by|until|through|in)\s/g)].slice(-1);
		expect(isDeadline(example.slice(0, word!.index + word![0].length))).toBe(true);
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

describe('schedules called off (isCalledOff)', () => {
	const events = (text: string) =>
		extractTimeline({
			slug: 'story',
			title: 'Story',
			source: 'The Daily Example',
			published: '2026-05-20',
			text
		}).events.filter((e) => !/publishes this report/.test(e.title));

	it.each([
		'The hearing, which had been scheduled for Feb. 7, was called off after the lawyers settled.',
		'The festival was to open in May but was called off because of the drought.',
		'The city canceled the parade, which had been set for June 14.'
	])('"%s" dates no happening', (text) => {
		expect(events(text)).toEqual([]);
	});

	it('keeps the new date a postponement gives, and a schedule nobody called off', () => {
		const moved = events('The vote, originally scheduled for March 3, was postponed to April 9.');
		expect(moved.map((e) => e.start.text)).toEqual(['April 9']);
		expect(events('The hearing is scheduled for June 3.').map((e) => e.start.value)).toEqual([
			'2026-06-03'
		]);
		for (const asked of [
			'The mayor asked the state to put off a lane closure that was scheduled for June 3.',
			'The hearing, scheduled for June 3, may be postponed if the judge is ill.'
		])
			expect(events(asked).map((e) => e.start.value)).toEqual(['2026-06-03']);
	});
});
