import { describe, expect, it } from 'vitest';
import { fuzzyDate } from '../timeline/fuzzy-date';
import { formatFuzzyDate } from '../timeline/format';
import { describeFuzzyDate } from '../timeline/describe';
import { i18nFor } from '.';
import { britishReader, britishSpelling, britishTag, pageLocale } from './english';

const url = (query = '') => new URL(`https://timelines.example.org/t/x${query}`);

describe('British English dates: autumn where the page or the article is British', () => {
	it('a British page says autumn, whatever word the article used; an American one the article’s', () => {
		const fall = fuzzyDate('fall 1967', '1967-FA')!;
		const late = fuzzyDate('late 1967', '1967-FA', 'END')!;
		expect(formatFuzzyDate(fall, 'en-GB')).toBe('autumn 1967');
		expect(formatFuzzyDate(late, 'en-GB')).toBe('late autumn 1967');
		expect(describeFuzzyDate(fall, '1968-01-01', 'en-GB')).toMatch(/autumn 1967/);
		expect(formatFuzzyDate(fuzzyDate('spring 1967', '1967-SP')!, 'en-GB')).toBe('spring 1967');
		// The page's English without a region keeps the article's word.
		expect(formatFuzzyDate(fall, 'en')).toBe('fall 1967');
		expect(formatFuzzyDate(late, 'en')).toBe('late fall 1967');
	});

	it('a page is British for an en-GB reader (Accept-Language or ?lang=en-GB)', () => {
		expect(britishReader(url(), 'en-GB,en;q=0.9')).toBe(true);
		expect(britishReader(url(), 'fr-FR, en-AU;q=0.5, en-US;q=0.4')).toBe(true);
		expect(britishReader(url(), 'en-US,en-GB;q=0.8')).toBe(false);
		expect(britishReader(url(), 'en')).toBe(false);
		expect(britishReader(url(), null)).toBe(false);
		expect(britishReader(url('?lang=en-GB'), 'en-US')).toBe(true);
		expect(britishReader(url('?lang=en_ie'), null)).toBe(true);
		// The language links' plain ?lang=en keep the reader's own English.
		expect(britishReader(url('?lang=en'), 'en-GB')).toBe(true);
		expect(britishReader(url('?lang=en-US'), 'en-GB')).toBe(false);
		expect(britishTag('EN-gb')).toBe(true);
		expect(britishTag('en-CA')).toBe(false);
		expect(britishTag('fr-GB')).toBe(false);
	});

	it('an article in British spelling is British; an American one or one with neither is not', () => {
		expect(
			britishSpelling(
				'The council organised a programme to repaint the town centre in its old colours.'
			)
		).toBe(true);
		expect(
			britishSpelling(
				'The council organized a program to repaint the town center in its old colors.'
			)
		).toBe(false);
		expect(britishSpelling('The vote was held on Tuesday.')).toBe(false);
		expect(britishSpelling('In the autumn of 1967 the treaty was signed.')).toBe(true);
		// Words that only look like American spellings count for nothing.
		expect(britishSpelling('A colourful parade through Colorado; the honorary laboratory.')).toBe(
			true
		);
		const paragraphs = [[{ text: 'The theatre was modelled on the Globe.' }]];
		expect(pageLocale('en', paragraphs, null, null)).toBe('en-GB');
		expect(pageLocale('en', [[{ text: 'The vote.' }]], url(), 'en-GB')).toBe('en-GB');
		expect(pageLocale('en', [[{ text: 'The vote.' }]], url(), 'en-US')).toBe('en');
	});

	it('the page’s dates follow it; its messages stay English', () => {
		expect(i18nFor('en', 'en-GB')).toMatchObject({ lang: 'en', locale: 'en-GB' });
		expect(i18nFor('en', 'en-GB').t).toBe(i18nFor('en').t);
		expect(i18nFor('en').locale).toBe('en');
		expect(pageLocale('en', [[{ text: 'The theatre reopened.' }]], null, null)).toBe('en-GB');
		// A British article read in French is read in French.
		expect(pageLocale('fr', [[{ text: 'The theatre reopened.' }]], url(), 'en-GB')).toBe('fr');
	});
});
