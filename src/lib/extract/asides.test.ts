import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../temporal';
import { asideCountsFrom } from './asides';

/** The aside anchor of a sentence's first timex, read as the extractor reads it. */
function anchorOf(text: string) {
	const timexes = tagTimexes(text, { published: '2026-09-18' });
	return asideCountsFrom(text, timexes[0]!, timexes);
}

describe('asideCountsFrom: the date a length in an aside may count from', () => {
	it.each([
		// sentence, the index of the date it counts from and whether its clause is set back
		[
			'Castell, who resigned three days later, had denied any wrongdoing on 4 May 2019.',
			{ date: 1, setBack: true }
		],
		[
			'Kestrel, which collapsed two months later, had reported a record profit in March 2022.',
			{ date: 1, setBack: true }
		],
		[
			'Karen Liu, who recommended the merger two days later, met the parents on Oct. 21.',
			{ date: 1, setBack: false }
		],
		// No aside: a second clause, a sentence's opening length, no date after it.
		['Crews reached the site on 4 August; four days later, the rock was cleared.', null],
		['Three days later, the mayor, who had denied the claims, resigned on Friday.', null],
		['Smith, who died three days later, was buried in Leeds.', null],
		// A clause break before the date: the date is another clause's.
		['Smith, who died three days later, was buried; his son spoke on 4 May 2019.', null]
	])('%s → %j', (text, expected) => {
		expect(anchorOf(text)).toEqual(expected);
	});
});
