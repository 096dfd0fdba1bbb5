import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { inferPublished, tagTimexes, toTimeML } from './index';

describe('toTimeML', () => {
	it('writes the DCT and each timex inline, XML-escaped', () => {
		const text = 'R&D rose <fast> last year.';
		const xml = toTimeML(text, tagTimexes(text, { published: '2020-06-26' }), '2020-06-26');
		expect(xml).toContain(
			'<DCT><TIMEX3 tid="t0" type="DATE" value="2020-06-26" functionInDocument="CREATION_TIME">2020-06-26</TIMEX3></DCT>'
		);
		expect(xml).toContain(
			'<TEXT>R&amp;D rose &lt;fast&gt; <TIMEX3 tid="t1" type="DATE" value="2019">last year</TIMEX3>.</TEXT>'
		);
	});

	it('writes the mod attribute when there is one', () => {
		const text = 'in late March';
		const xml = toTimeML(text, tagTimexes(text, { published: '2020-06-26' }));
		expect(xml).toContain(
			'<TIMEX3 tid="t1" type="DATE" value="2020-03" mod="END">late March</TIMEX3>'
		);
		expect(xml).not.toContain('<DCT>');
	});
});

describe('inferPublished', () => {
	it.each([
		[
			'a dateline',
			'WASHINGTON, June 26, 2020 \u2014 The talks failed on May 1, 2021.',
			'2020-06-26'
		],
		['the latest full date', 'Talks began March 3, 2019 and ended on May 1, 2019.', '2019-05-01']
	])('guesses from %s', (_, text, published) => {
		expect(inferPublished(text)).toEqual({ published, guessed: true });
	});

	it('gives null when the text states no full date', () => {
		expect(inferPublished('It happened last year.')).toBeNull();
	});

	it('gives null when the story goes on to a later month than its latest full date', () => {
		// A new user's article: its one full date guessed, two years before its own "Monday".
		const text =
			'The bridge reopened on Monday. On December 3, 2024, the state ordered it closed. ' +
			'Construction started in April 2025, and the deck was poured on September 14.';
		expect(inferPublished(text)).toBeNull();
		expect(
			inferPublished('It closed on December 3, 2024, after a crack was found in November 2024.')
		).toEqual({
			published: '2024-12-03',
			guessed: true
		});
	});

	it('anchors relative expressions to the guessed date when none is given', () => {
		const timexes = tagTimexes('WASHINGTON, June 26, 2020 \u2014 It happened last year.');
		expect(timexes.map((t) => [t.text, t.value])).toEqual([
			['June 26, 2020', '2020-06-26'],
			['last year', '2019']
		]);
	});
});

/** Parses XML strictly (XML 1.0, well-formedness and characters); throws on any error. */
function parseXml(xml: string): void {
	const parser = new SaxesParser();
	parser.on('error', (e) => {
		throw e;
	});
	parser.write(xml).close();
}

describe('toTimeML is well-formed XML on any text (fast-check)', () => {
	it('the seed-like and hostile cases parse', () => {
		const text = 'R&D <b> "q" \u0000\u0001 \uD800 \uFFFF ]]> in late March 2020. &amp;';
		const xml = toTimeML(text, tagTimexes(text, { published: '2020-06-26' }), '2020-06-26');
		expect(() => parseXml(xml)).not.toThrow();
		expect(xml).toContain('\uFFFD');
	});

	it('any string, tagged, makes a document an XML parser accepts', () => {
		const words = fc
			.array(
				fc.constantFrom(
					'in',
					'2019',
					'late March',
					'<',
					'&',
					'"',
					"'",
					']]>',
					'\u0000',
					'\uD800',
					'last year',
					' '
				),
				{ maxLength: 40 }
			)
			.map((w) => w.join(' '));
		fc.assert(
			fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string(), words), (text) => {
				parseXml(toTimeML(text, tagTimexes(text, { published: '2020-06-26' }), '2020-06-26'));
			}),
			{ numRuns: 300 }
		);
	});
});
