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

describe('slugify', () => {
	it('makes URL-safe slugs from any title', () => {
		expect(slugify('Russia pays Taliban — to kill U.S. soldiers?')).toBe(
			'russia-pays-taliban-to-kill-u-s-soldiers'
		);
		expect(slugify('Café Zürich')).toBe('cafe-zurich');
		expect(slugify('<script>alert(1)</script>')).toBe('script-alert-1-script');
	});
});
