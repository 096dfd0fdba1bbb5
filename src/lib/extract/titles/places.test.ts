import { describe, expect, it } from 'vitest';
import { titleFor } from '../titles';
import { PLACE_COMMA, joinPlaces } from './places';

function title(sentence: string, target: string) {
	const start = sentence.indexOf(target);
	return titleFor(sentence, { start, end: start + target.length });
}

describe("a place's comma is no break", () => {
	it.each([
		// Before a capitalised word the closing comma stays: it may end an opening phrase.
		[
			'Born in 1938 in Portland, Oregon, Dr. Ellery moved',
			`Born in 1938 in Portland${PLACE_COMMA}Oregon, Dr. Ellery moved`
		],
		// A subject's place before its verb keeps its town.
		['The county clerk in Austin, Texas, said it', 'The county clerk in Austin said it'],
		// A place in an aside is left to the rules for asides.
		['Kopp, 44, of St. Albans, Vt., became', 'Kopp, 44, of St. Albans, Vt., became'],
		['a clinic in Buffalo, N.Y., abortion-clinic', 'a clinic in Buffalo, N.Y., abortion-clinic'],
		// At the end, and before a preposition, the place is one.
		[
			'stolen from a museum in Hartford, Conn.',
			`stolen from a museum in Hartford${PLACE_COMMA}Conn.`
		],
		// A day is no town.
		['On Monday, Texas officials said', 'On Monday, Texas officials said']
	])('%s → %s', (sentence, joined) => {
		expect(joinPlaces(sentence)).toBe(joined);
	});

	it.each([
		[
			'Born in 1938 in Portland, Oregon, Dr. Ellery moved to Maine in 1966 to teach.',
			'in 1938',
			'Dr. Ellery born in Portland, Oregon'
		],
		[
			'Raised in Tulsa, Oklahoma, Ms. Reed joined the Army in 1980.',
			'in 1980',
			'Ms. Reed joined Army'
		],
		[
			'A woman accused of robbing two banks in Springfield, Illinois, was arrested on Monday in Iowa, the police said.',
			'on Monday',
			'Woman accused of robbing two banks in Springfield arrested in Iowa'
		],
		[
			'The county clerk in Austin, Texas, said on Friday that turnout was low.',
			'on Friday',
			'County clerk in Austin said turnout was low'
		]
	])('%s (%s) → %s', (sentence, date, expected) => {
		expect(title(sentence, date)).toBe(expected);
	});
});

describe('a thing in a place is the subject, never the place (issue 13, point 4)', () => {
	it.each([
		// A town's country is part of its place, as a state is.
		[
			'A factory in São Paulo, Brazil, was sold in March to a Chinese group.',
			'in March',
			'Factory in São Paulo sold to Chinese group'
		],
		[
			'A dam outside Derna, Libya, burst in September 2023.',
			'in September 2023',
			'Dam outside Derna burst'
		],
		// A country after the place the subject ends in is no name in apposition…
		[
			'A steel foundry in Monterrey, Mexico, opened in 2015 and now employs 800 people.',
			'in 2015',
			'Steel foundry in Monterrey opened'
		],
		// …but a person's name there is the subject's (the lead's unseen case, made up).
		[
			'A young councillor from Kingsbridge, Sarah Okoro, proposed a ban on plastic bags in May.',
			'in May',
			'Sarah Okoro proposed ban on plastic bags'
		],
		[
			'A councillor from Kingsbridge, Siân Okoro, proposed a ban in May.',
			'in May',
			'Siân Okoro proposed ban'
		],
		// A place after "near" is no subject of a clause inside the noun's.
		[
			'A sister plant near Saltillo closed in 2021 after orders fell.',
			'in 2021',
			'Sister plant near Saltillo closed'
		]
	])('%s (%s) → %s', (sentence, date, want) => {
		expect(title(sentence, date)).toBe(want);
	});

	it('still takes a name in apposition after a thing described', () => {
		expect(
			title(
				'A European telescope built for such work, Ariel, is scheduled for launch in 2029.',
				'in 2029'
			)
		).toBe('Ariel scheduled for launch');
	});
});
