import { describe, expect, it } from 'vitest';
import { tagTimexes } from './index';
import { expectTimexAt } from './timex-rows';

/** The seed article's dated sentences (New York Times report, published 2020-06-26). */
const text = [
	'The United States concluded months ago that the Russian unit, which has been linked to ' +
		'assassination attempts, had covertly offered rewards for successful attacks last year.',
	'Twenty Americans were killed in combat in Afghanistan in 2019, but it was not clear which ' +
		'killings were under suspicion.',
	'The White House\u2019s National Security Council discussed the problem at an interagency ' +
		'meeting in late March, the officials said.',
	'\u201cOur target killings and assassinations were ongoing in years before, and we did it on ' +
		'our own resources,\u201d he said.',
	'At a summit in Helsinki in 2018, Trump strongly suggested that he believed Putin\u2019s denial ' +
		'that the Kremlin interfered in the 2016 presidential election.'
].join('\n\n');

const timexes = tagTimexes(text, { published: '2020-06-26' });

const rows: { words: string; context: string; type: string; value: string; mod?: string }[] = [
	{ words: 'months ago', context: 'concluded months ago', type: 'DATE', value: 'PAST_REF' },
	{ words: 'last year', context: 'attacks last year', type: 'DATE', value: '2019' },
	{ words: '2019', context: 'in 2019', type: 'DATE', value: '2019' },
	{ words: 'late March', context: 'in late March', type: 'DATE', value: '2020-03', mod: 'END' },
	{ words: '2018', context: 'Helsinki in 2018', type: 'DATE', value: '2018' },
	{ words: '2016', context: 'the 2016 presidential', type: 'DATE', value: '2016' },
	{ words: 'years before', context: 'in years before', type: 'DATE', value: 'PAST_REF' }
];

describe('the seed article, published 2020-06-26', () => {
	it.each(rows)('tags "$words" (in "$context") as $type $value', (row) => {
		const at = text.indexOf(row.context) + row.context.indexOf(row.words);
		expectTimexAt(timexes, at, row);
	});

	it('tags nothing else', () => {
		expect(timexes.map((t) => t.text).sort()).toEqual(rows.map((r) => r.words).sort());
	});
});
