import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../events';
import { dangling } from './dangling';
import { fault } from './readable';

/** The title of the event whose date reads `date`, the story told on `published`. */
function titleAt(text: string, date: string, published = '2026-06-04'): string | undefined {
	const { events } = extractTimeline({ slug: 's', title: 't', source: 'unknown', text, published });
	return events.find((e) => e.start.text === date)?.title;
}

/** A date as the title rules see it: a marker. */
const D = '\u2063O0\u2063';

describe('a title keeps the particle that finishes its verb, from the one table of particles', () => {
	it.each([
		// A preposition without its object after a verb it finishes is that verb's particle.
		['The deal fell through in March.', 'March', 'Deal fell through'],
		[
			'The sale of the newspaper to a hedge fund fell through on Friday, the owners said.',
			'Friday',
			'Sale of newspaper to hedge fund fell through'
		],
		['In 2019, after two years of talks, the merger fell through.', '2019', 'Merger fell through'],
		['The rebels fought on through the winter of 1864.', 'the winter of 1864', 'Rebels fought on'],
		// …and the particles that finish any verb stay as they were.
		['The talks fell apart in March.', 'March', 'Talks fell apart'],
		['The church roof caved in on Tuesday.', 'Tuesday', 'Church roof caved in'],
		['The mayor was sworn in on Jan. 5.', 'Jan. 5', 'Mayor was sworn in']
	])('"%s" (%s) is titled "%s"', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});

	it.each([
		['Deal fell', `The deal fell through in ${D}.`],
		['Roof caved', `The roof caved in on ${D}.`],
		['Talks fell', `The talks fell apart ${D}.`],
		['Door swung', `The door swung open ${D}.`]
	])('"%s" is cut before its particle in "%s"', (title, sentence) => {
		expect(dangling(title, sentence)?.why).toBe('particle cut');
	});

	it.each([
		// A preposition with its object is the verb's adjunct, which a title may leave.
		['Prices fell', `Prices fell in the city ${D}.`],
		['Tanker went', `The tanker went through the strait ${D}.`],
		['Council voted', `The council voted on ${D}.`]
	])('"%s" is whole in "%s"', (title, sentence) => {
		expect(dangling(title, sentence)).toBeNull();
	});

	it.each([
		// A preposition ends a title only after a verb it finishes.
		['Hotel was built in', 'ends inside a phrase'],
		['Bill was approved by', 'ends inside a phrase'],
		['Company moved its offices through', 'ends inside a phrase'],
		['Deal fell through', null],
		['Rebels fought on', null],
		['Team turned around', null],
		['Owners stood by', null],
		['Delgado will be sworn in', null],
		['Lawmakers turned it down', null]
	])('the gate reads "%s" as %s', (title, why) => {
		expect(fault(title)).toBe(why);
	});
});
