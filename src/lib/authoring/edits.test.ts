import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import EventCard from '../components/EventCard.svelte';
import { fuzzyDate } from '../timeline/fuzzy-date';
import type { Timeline, TimelineEvent } from '../timeline/types';
import { extractTimeline } from '../extract/events';
import { titleFor } from '../extract/titles';
import { validateTimeline } from '../timeline/validate';
import {
	addEventFromSentence,
	confirmStartDate,
	mergeEvents,
	reviewOrder,
	setEventDate,
	splitEvent,
	unlistedReading
} from './edits';
import { sourcesOf } from '../timeline/sources';
import { fieldWords, readTypedDate } from './date-input';

const ev = (
	id: string,
	date: ReturnType<typeof fuzzyDate>,
	confidence?: number
): TimelineEvent => ({
	id,
	title: `Title ${id}`,
	summary: `Sentence ${id}.`,
	start: date!,
	source: { article: 'story', start: id.charCodeAt(0), end: id.charCodeAt(0) + 5 },
	...(confidence === undefined ? {} : { confidence })
});
const base: Timeline = {
	article: 'story',
	title: 'Story',
	published: '2020-06-26',
	events: [
		ev('a', fuzzyDate('2019', '2019'), 0.9),
		ev('b', fuzzyDate('April 2019', '2019-04'), 0.5),
		ev('c', fuzzyDate('months ago', 'PAST_REF', undefined, new Date('2020-06-26T00:00:00Z')), 0.9),
		{ ...ev('d', fuzzyDate('2016', '2016')), end: fuzzyDate('2018', '2018')! }
	]
};

describe('edits', () => {
	it('merges two tellings into one event that keeps both sentences and the narrower date', () => {
		const merged = mergeEvents(base, 'a', 'b');
		expect(merged.events.map((e) => e.id)).toEqual(['a', 'c', 'd']);
		const a = merged.events[0]!;
		expect(a.start.value).toBe('2019-04');
		expect(sourcesOf(a)).toEqual([base.events[0]!.source, base.events[1]!.source]);
		expect(() => validateTimeline(merged, 'x')).not.toThrow();
	});

	it('splits a span into its beginning and its end, both on the same sentence', () => {
		const { timeline, newId } = splitEvent(base, 'd');
		const [first, second] = timeline.events.slice(3);
		expect(first).toMatchObject({ id: 'd', start: { value: '2016' } });
		expect(first!.end).toBeUndefined();
		expect(second).toMatchObject({ id: newId, start: { value: '2018' }, source: first!.source });
	});

	it('adds an event from a sentence, dated by the normaliser against the publication date', () => {
		const { timeline, id } = addEventFromSentence(base, {
			text: 'The program began late last year, officials said.',
			source: { article: 'story', start: 100, end: 150 }
		});
		const added = timeline.events.find((e) => e.id === id)!;
		expect(added.start).toMatchObject({ value: '2019', mod: 'END' });
		expect(added.summary).toBe('The program began late last year, officials said.');
		expect(added.confidence).toBe(1);
		const undated = addEventFromSentence(base, {
			text: 'Officials declined to comment.',
			source: { article: 'story', start: 200, end: 230 }
		});
		// The story's day holds the place, with no words the article never wrote.
		expect(undated.timeline.events.at(-1)).toMatchObject({
			confidence: 0,
			start: { value: '2020-06-26', text: '' }
		});
		const dated = setEventDate(undated.timeline, undated.id, 'start', fuzzyDate('2016', '2016')!);
		expect(dated.events.at(-1)!.start).toMatchObject({ value: '2016', text: '' });
		expect(() => validateTimeline(dated, 'x')).not.toThrow();
	});

	it('titles an event added from a long sentence as the extractor would, with no ellipsis', () => {
		const source = { article: 'story', start: 400, end: 520 };
		const sentences = [
			'The council, which has met in the old library since its own hall burned down, voted to sell the building to a developer.',
			'Residents of the three townships were told to boil their water before drinking it, officials said on Friday.',
			'It will sign the contract this summer and begin boring in the spring of 2028, the authority said.'
		];
		for (const text of sentences) {
			const { timeline, id } = addEventFromSentence(base, { text, source }, null, titleFor);
			const { title } = timeline.events.find((e) => e.id === id)!;
			// Words of the sentence to correct, not the sentence's first ten and an ellipsis.
			expect(title).not.toMatch(/…/);
			expect(title.split(' ').length).toBeLessThanOrEqual(12);
			const words = new Set(text.toLowerCase().match(/[\w-]+/g));
			expect(
				title
					.toLowerCase()
					.match(/[\w-]+/g)!
					.filter((w) => !words.has(w))
			).toEqual([]);
		}
		// The main clause's happening, not the relative clause's.
		const { timeline, id } = addEventFromSentence(
			base,
			{ text: sentences[0]!, source },
			null,
			titleFor
		);
		expect(timeline.events.find((e) => e.id === id)!.title).toMatch(/^Council voted to sell/);
		// Without the extractor's titles, the sentence whole: the editor cuts it, not the page.
		const whole = addEventFromSentence(base, { text: sentences[0]!, source });
		expect(whole.timeline.events.find((e) => e.id === whole.id)!.title).toBe(
			sentences[0]!.slice(0, -1)
		);
	});

	it('adds the sentence’s next date when another event of it has the first', () => {
		const sentence = {
			text: 'It will sign the contract this summer and begin boring in the spring of 2028.',
			source: { article: 'story', start: 300, end: 378 }
		};
		const told: Timeline = {
			...base,
			events: [
				...base.events,
				{
					...ev('s', fuzzyDate('this summer', '2020-SU')),
					source: sentence.source
				}
			]
		};
		const { timeline, id } = addEventFromSentence(told, sentence);
		expect(timeline.events.find((e) => e.id === id)!.start).toMatchObject({
			value: '2028-SP',
			text: 'the spring of 2028'
		});
		// The extractor's reading of that sentence is the event the timeline has: not offered again.
		const read = [{ ...told.events.at(-1)!, title: 'Authority to sign contract' }];
		expect(unlistedReading(told, sentence.source, read)).toBeNull();
		const other = { ...read[0]!, id: 'x', start: timeline.events.at(-1)!.start };
		expect(unlistedReading(told, sentence.source, [...read, other])).toBe(other);
	});

	it('adds the extractor’s reading of a sentence in its article, when there is one', () => {
		// A clock time dated by the weekday of the sentence before it, and a headline.
		const text = 'Mayor Elena Ruiz cut a ribbon at the east approach shortly after 7 a.m.';
		const article = {
			slug: 'story',
			title: 'Story',
			source: 'Courier',
			published: '2026-11-17',
			text: `The Harbor Street Bridge reopened to traffic on Monday. ${text}`
		};
		const source = {
			article: 'story',
			start: article.text.indexOf(text),
			end: article.text.length
		};
		const found = extractTimeline(article).events.find((e) => e.source.start === source.start)!;
		expect(found.start.value).toBe('2026-11-16T07:00');
		const { timeline, id } = addEventFromSentence(
			{ ...base, published: '2026-11-17' },
			{ text, source },
			found
		);
		const added = timeline.events.find((e) => e.id === id)!;
		expect(added).toMatchObject({ title: found.title, start: found.start, source, summary: text });
		expect(added.title).not.toMatch(/…$/);
		expect(() => validateTimeline(timeline, 'x')).not.toThrow();
		// Added twice, it is two events with ids of their own.
		const again = addEventFromSentence(timeline, { text, source }, found);
		expect(again.id).not.toBe(id);
	});

	it('keeps an inferred date the editor confirms: same date, no longer inferred, sure', () => {
		const inferred = { ...base.events[1]!, start: { ...base.events[1]!.start, inferred: true } };
		const t = confirmStartDate({ ...base, events: [inferred] }, 'b');
		expect(t.events[0]!.start.inferred).toBeUndefined();
		expect(t.events[0]!.start.value).toBe('2019-04');
		expect(t.events[0]!.confidence).toBe(1);
	});

	it('puts the least sure and the inferred dates first', () => {
		expect(reviewOrder(base.events).map((e) => e.id)).toEqual(['c', 'b', 'a', 'd']);
		const inferred = { ...base.events[0]!, start: { ...base.events[0]!.start, inferred: true } };
		expect(reviewOrder([base.events[3]!, inferred]).map((e) => e.id)).toEqual(['a', 'd']);
	});

	it('keeps the article’s words when an editor corrects a date: the card quotes them, dated by the editor', () => {
		const written = fuzzyDate('last week', '2020-W25')!;
		const story: Timeline = { ...base, events: [ev('w', written, 0.6)] };
		const typed = readTypedDate('March 3, 2020', story.published);
		if (!typed.ok) throw new Error(typed.message);
		const t = setEventDate(story, 'w', 'start', typed.date);
		const start = t.events[0]!.start;
		expect(start).toMatchObject({ text: 'last week', value: '2020-03-03', precision: 'day' });
		expect(t.events[0]!.confidence).toBe(1);
		expect(() => validateTimeline(t, 'x')).not.toThrow();
		// The reader's card: the date is the editor's, "as written" the article's.
		const card = render(EventCard, {
			props: { event: t.events[0]!, published: t.published, onclose: () => {} }
		}).body;
		expect(card).toContain('Mar 3, 2020');
		expect(card).toMatch(/As written<\/dt>\s*<dd[^>]*>\s*“last week”/);
		expect(card).not.toContain('March 3, 2020');
		// The editor's field shows the date it holds, not the article's words read again.
		expect(fieldWords(start, t.published)).toBe('Mar 3, 2020');
		expect(fieldWords(written, t.published)).toBe('last week');
	});

	it('keeps an end’s words too, takes the editor’s for an end the article never gave, and drops an inferred mark', () => {
		const span = setEventDate(base, 'd', 'end', fuzzyDate('2017', '2017')!);
		expect(span.events[3]!.end).toMatchObject({ text: '2018', value: '2017' });
		const added = setEventDate(base, 'a', 'end', fuzzyDate('2020', '2020')!);
		expect(added.events[0]!.end).toMatchObject({ text: '2020', value: '2020' });
		const inferred = { ...base.events[1]!, start: { ...base.events[1]!.start, inferred: true } };
		const t = setEventDate(
			{ ...base, events: [inferred] },
			'b',
			'start',
			fuzzyDate('May 2019', '2019-05')!
		);
		expect(t.events[0]!.start).toMatchObject({ text: 'April 2019', value: '2019-05' });
		expect(t.events[0]!.start.inferred).toBeUndefined();
	});
});
