/**
 * Test support for the table-driven tagger suites (not shipped: only *.test.ts import it).
 * One row names an expression as it appears in a text and the TIMEX3 reading expected of it.
 */
import { expect } from 'vitest';
import type { Timex } from '../timeline/types';
import { tagTimexes } from './index';

export interface Expected {
	/** The expression expected, as it appears in the text. */
	words: string;
	type: string;
	value: string;
	mod?: string;
}

export interface TimexRow extends Expected {
	text: string;
	published: string;
}

/** The timex found starting at `at` reads exactly `row`'s words, type, value and mod. */
export function expectTimexAt(timexes: Timex[], at: number, row: Expected): void {
	const timex = timexes.find((t) => t.start === at);
	expect(timex?.text).toBe(row.words);
	expect(timex?.type).toBe(row.type);
	expect(timex?.value).toBe(row.value);
	expect(timex?.mod).toBe(row.mod);
}

/** Tags the row's text as of its publication date and checks its first occurrence of words. */
export function expectRow(row: TimexRow): void {
	expectTimexAt(
		tagTimexes(row.text, { published: row.published }),
		row.text.indexOf(row.words),
		row
	);
}
