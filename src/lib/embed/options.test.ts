import { describe, expect, it } from 'vitest';
import { DEFAULT_EMBED_OPTIONS, embedQuery, openingSpan, parseEmbedOptions } from './options';

const parse = (query: string) => parseEmbedOptions(new URLSearchParams(query));

describe('parseEmbedOptions', () => {
	it('gives the defaults, and no warnings, for an empty query string', () => {
		expect(parse('')).toEqual({ options: DEFAULT_EMBED_OPTIONS, warnings: [] });
	});

	it.each([
		['theme=dark', { theme: 'dark' }],
		['theme=auto', { theme: 'auto' }],
		['event=2018-at-summit-in-helsinki', { event: '2018-at-summit-in-helsinki' }],
		['from=2019&to=2020-03', { from: '2019', to: '2020-03' }],
		['article=1', { article: true }],
		['article=false', { article: false }],
		['height=600', { height: 600 }],
		['height=auto', { height: 'auto' }],
		['id=story-2', { id: 'story-2' }],
		['lang=fr', { lang: 'fr' }],
		['lang=de', { lang: 'de' }]
	])('reads %s', (query, expected) => {
		const { options, warnings } = parse(query);
		expect(options).toEqual({ ...DEFAULT_EMBED_OPTIONS, ...expected });
		expect(warnings).toEqual([]);
	});

	it.each([
		['theme=purple', /theme="purple".*light, dark or auto/],
		['event=%3Cscript%3E', /event="<script>"/],
		['from=March', /from="March".*YYYY/],
		['to=2020-02-30', /to="2020-02-30"/],
		['article=yes', /article="yes".*1 or 0/],
		['height=tall', /height="tall"/],
		['height=0', /height="0"/],
		['height=99999', /height="99999"/],
		['id=a%20b', /id="a b"/],
		['colour=red', /unknown option "colour"/],
		['lang=klingon', /lang="klingon".*en, fr, de, es/],
		['from=2021&to=2019', /from=2021 and to=2019.*from must come first/]
	])('ignores %s with a warning that says what is accepted', (query, warning) => {
		const { options, warnings } = parse(query);
		expect(options).toEqual(DEFAULT_EMBED_OPTIONS);
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toMatch(warning);
	});

	it('keeps the good options when others are malformed', () => {
		const { options, warnings } = parse('theme=dark&height=tall&article=1');
		expect(options).toMatchObject({ theme: 'dark', height: 'auto', article: true });
		expect(warnings).toHaveLength(1);
	});
});

describe('openingSpan', () => {
	const extent: [Date, Date] = [new Date('2016-01-01T00:00Z'), new Date('2020-07-01T00:00Z')];

	it('runs from the start of `from` to the end of `to`, both included', () => {
		expect(openingSpan({ from: '2019-06', to: '2020' }, extent)).toEqual([
			new Date('2019-06-01T00:00Z'),
			new Date('2021-01-01T00:00Z')
		]);
	});

	it("takes an open side from the timeline's own extent", () => {
		expect(openingSpan({ from: null, to: '2018-03-15' }, extent)).toEqual([
			extent[0],
			new Date('2018-03-16T00:00Z')
		]);
	});

	it('is null when neither side is set, so the whole timeline shows', () => {
		expect(openingSpan({ from: null, to: null }, extent)).toBeNull();
	});
});

describe('embedQuery', () => {
	it('leaves defaults out, so a default embed has no query string', () => {
		expect(embedQuery(DEFAULT_EMBED_OPTIONS)).toBe('');
	});

	it('round-trips through parseEmbedOptions', () => {
		const options = {
			...DEFAULT_EMBED_OPTIONS,
			theme: 'dark' as const,
			event: 'e-1',
			from: '2019',
			to: '2020-06-01',
			article: true,
			height: 520,
			id: 'main',
			lang: 'es' as const
		};
		expect(parse(embedQuery(options).slice(1)).options).toEqual(options);
	});
});
