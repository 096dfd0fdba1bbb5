import { describe, expect, it } from 'vitest';
import { DataError } from '../timeline/problems';
import { parseArticle, slugify } from './article';

describe('parseArticle', () => {
	it('reads front matter and keeps the body byte for byte', () => {
		const a = parseArticle(
			'---\ntitle: "A title"\nsource: Wire\npublished: 2020-06-26\n---\nBody.\n\nMore.',
			'a'
		);
		expect(a).toEqual({
			slug: 'a',
			title: 'A title',
			source: 'Wire',
			published: '2020-06-26',
			text: 'Body.\n\nMore.'
		});
	});

	it('names the file and the field when front matter is wrong', () => {
		const read = () =>
			parseArticle('---\ntitle: T\npublished: June 26\n---\nBody.', 'x', 'data/articles/x.md');
		expect(read).toThrow(DataError);
		expect(read).toThrow(/data\/articles\/x\.md: front matter: "source" is missing/);
		expect(read).toThrow(/published: "June 26" is not a calendar date; write it as YYYY-MM-DD/);
	});

	it('says where an unclosed front matter block starts', () => {
		expect(() => parseArticle('---\ntitle: T\nBody', 'x')).toThrow(
			/x\.md:1: front matter opens with "---" but never closes/
		);
	});
});

describe('parseArticle on damaged or unusual files', () => {
	const good = '---\ntitle: T\nsource: Wire\npublished: 2020-06-26\n---\nBody.';
	const problem = (text: string) => {
		try {
			parseArticle(text, 'x', 'data/articles/x.md');
		} catch (e) {
			return (e as DataError).problems.map((p) => `${p.where}: ${p.message}`).join('\n');
		}
		return '';
	};

	it('accepts a UTF-8 byte order mark before the front matter', () => {
		expect(parseArticle(`\uFEFF${good}`, 'x')).toMatchObject({ title: 'T', text: 'Body.' });
	});

	it('reads a U+2028 or U+2029 inside a value as part of the value', () => {
		const a = parseArticle(good.replace('title: T', 'title: "One\u2028two\u2029three"'), 'x');
		expect(a.title).toBe('One\u2028two\u2029three');
	});

	it('says an empty file is empty, and what it should hold', () => {
		expect(problem('')).toMatch(/^data\/articles\/x\.md: is empty; expected front matter/);
		expect(problem(' \n\n')).toMatch(/is empty/);
	});

	it('says front matter is missing, quoting what was found instead', () => {
		expect(problem('Just a story.\nIn 2019.')).toBe(
			'data/articles/x.md:1: expected front matter opening with a "---" line, found "Just a story."'
		);
	});

	it('explains an impossible date and a year beyond 9999', () => {
		expect(problem(good.replace('2020-06-26', '2021-02-30'))).toMatch(
			/published: "2021-02-30" is not a calendar date; there is no such day/
		);
		expect(problem(good.replace('2020-06-26', '10000-01-01'))).toMatch(
			/"10000-01-01" is not a calendar date; its year, 10000, has more than four digits, and dates are written YYYY-MM-DD with years up to 9999/
		);
	});
});

describe('slugify', () => {
	it('makes URL-safe slugs from any title', () => {
		expect(slugify('Russia pays Taliban — to kill U.S. soldiers?')).toBe(
			'russia-pays-taliban-to-kill-u-s-soldiers'
		);
		expect(slugify('Café Zürich')).toBe('cafe-zurich');
		expect(slugify('Tromsø ferry, Łódź, Straße, Æsir')).toBe('tromso-ferry-lodz-strasse-aesir');
		expect(slugify('<script>alert(1)</script>')).toBe('script-alert-1-script');
	});
});
