import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../events';
import { HAPPENINGS_OF, LOOKING_BACK } from './happening-of';

const titles = (text: string, published: string) =>
	extractTimeline({ slug: 'story', title: 'Story', source: 'Wire', published, text }).events.map(
		(e) => `${e.start.value} ${e.title}`
	);

describe('a date after "the N of X" that its clause looks back at dates the happening', () => {
	it.each([
		[
			'Councillor Ann Marsh pointed to the flooding of about 300 homes in March 2022 as proof that the defences had failed.',
			'2022-03 About 300 homes flooded'
		],
		[
			'The council blamed the closure of the Ashby mill in 2023 for a fall in its revenue.',
			'2023 Ashby mill closed'
		],
		[
			'Prices fell sharply after the collapse of Lehman Brothers in September 2008.',
			'2008-09 Lehman Brothers collapsed'
		],
		['The exhibit marks the sinking of the Titanic in 1912.', '1912 Titanic sank'],
		[
			'Investigators are studying the crash of a cargo plane in Alaska on Monday.',
			'2026-10-12 Cargo plane crashed in Alaska'
		]
	])('%s', (text, want) => {
		expect(titles(text, '2026-10-14')).toContain(want);
	});

	it.each([
		[
			'In mitigation, his lawyer, Tom Reed, said Grant had started drinking after the death of his wife in 2011.',
			'2011 Grant’s wife died'
		],
		[
			'In mitigation, his lawyer, Tom Reed, said the defendant had started drinking after the death of his wife in 2011.',
			'2011 Defendant’s wife died'
		]
	])('names a possessive by the subject of its own clause, never the speaker: %s', (text, want) => {
		expect(titles(text, '2026-10-14')).toContain(want);
	});

	it.each([
		// A verb that may date itself, a clause inside the X.
		['The council approved the sale of the hospital in 2018.', '2018 Hospital sold'],
		['Shares fell after the closure of the plant that employed 900 people in 2019.', '2019 Plant'],
		['Marsh pointed to the report of the inspectors in March 2022.', '2022-03 Inspectors']
	])('leaves "%s" to the other rules', (text, not) => {
		expect(titles(text, '2026-10-14').join(' | ')).not.toContain(not);
	});

	it('states each noun and each word that looks back with the case that asked for it', () => {
		for (const row of HAPPENINGS_OF) expect(row.example).toContain(` ${row.noun} of `);
		for (const row of LOOKING_BACK) expect(row.example).toContain(`${row.lead} the `);
	});
});
