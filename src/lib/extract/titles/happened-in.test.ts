import { describe, expect, it } from 'vitest';
import { datedTitles as titles } from '../testing/dated-titles';

describe('a noun the date names, with a clause of what happened in it, is titled by that clause', () => {
	it.each([
		[
			'The finding follows a 2008 experiment in which researchers sprouted a 2,000-year-old seed from Masada.',
			'2008 Researchers sprouted 2,000-year-old seed from Masada'
		],
		[
			'Police described the 1998 raid, during which officers seized 40 guns.',
			'1998 Officers seized 40 guns'
		]
	])('%s → %s', (text, want) => {
		expect(titles(text)).toContain(want);
	});

	it.each([
		// A clause in a noun the date does not name leaves the date's own clause.
		[
			'The agency opened its investigation in October, after a crash in Ohio in which a driver was hurt.',
			'2025-10 Agency opened its investigation'
		]
	])('%s → %s', (text, want) => {
		expect(titles(text)).toContain(want);
	});
});
