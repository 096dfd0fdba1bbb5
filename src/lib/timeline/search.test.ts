import { describe, expect, it } from 'vitest';
import { fuzzyDate } from './fuzzy-date';
import { matchesWords, queryWords, searchText } from './search';
import type { TimelineEvent } from './types';

const event = (title: string, value: string, summary = ''): TimelineEvent => ({
	id: title,
	title,
	summary,
	start: fuzzyDate(`in ${value}`, value)!,
	source: { article: 'a', start: 0, end: 0 }
});

describe('finding events by words', () => {
	const rows: [string, TimelineEvent, boolean][] = [
		['senat', event('Le Sénat vote la loi', '2019-05-02'), true],
		['2019 vote', event('Le Sénat vote la loi', '2019-05-02'), true],
		['2019-05', event('Le Sénat vote la loi', '2019-05-02'), true],
		['2020 vote', event('Le Sénat vote la loi', '2019-05-02'), false],
		['taliban', event('Briefing', '2020-03', 'Officials briefed on Taliban bounties.'), true],
		['BOUNTIES briefing', event('Briefing', '2020-03', 'Officials briefed on bounties.'), true],
		['  ', event('Anything', '2020'), true]
	];
	it.each(rows)('"%s" in %o: %s', (query, e, expected) => {
		expect(matchesWords(searchText(e), queryWords(query))).toBe(expected);
	});

	it('a blank query has no words', () => {
		expect(queryWords(' \t ')).toEqual([]);
	});
});
