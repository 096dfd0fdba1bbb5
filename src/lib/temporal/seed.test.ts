import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tagTimexes } from './index';

const text = readFileSync('/work/shared/seed/article.txt', 'utf8');
const timexes = tagTimexes(text, { published: '2020-06-26' });

/** The seed article, published 2020-06-26: each row is an expression and its context. */
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
		const timex = timexes.find((t) => t.start === at);
		expect(timex).toBeDefined();
		expect(timex?.text).toBe(row.words);
		expect(timex?.type).toBe(row.type);
		expect(timex?.value).toBe(row.value);
		expect(timex?.mod).toBe(row.mod);
	});

	it('keeps every offset true to the text', () => {
		for (const t of timexes) expect(text.slice(t.start, t.end)).toBe(t.text);
	});
});
