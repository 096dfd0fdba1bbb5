import { describe, expect, it } from 'vitest';
import { givenNameSex } from './given-names';
import { coupleOf, PAIRINGS } from './couples';
import { titleAt } from './title-at';

const isPerson = (name: string) => givenNameSex(name) !== null;

describe('two people a sentence pairs', () => {
	it.each(PAIRINGS.map((row) => [row.example]))('each row’s example pairs two: %s', (example) => {
		expect(coupleOf(example.split(/(?<=\.)\s+/)[0]!, isPerson)).not.toBe(null);
	});

	it.each([
		['He met Gwen Lloyd at a chapel choir in Swansea in 1961.', 'He', 'Gwen Lloyd'],
		['Samuel Okafor married the singer Gwen Lloyd in 1962.', 'Samuel Okafor', 'Gwen Lloyd'],
		['She founded the gallery with Tom Reed in 1980.', 'She', 'Tom Reed']
	])('%s → %s and %s', (sentence, subject, partner) => {
		expect(coupleOf(sentence, isPerson)).toEqual({ subject, partner });
	});

	it.each([
		// Paired any other way, or three people, is no couple.
		['The singer, Erik Dahl, grew up with the bassist, Sam Ortega, in Superior.'],
		['He met Gwen Lloyd and her sister, Mary Lloyd, at a chapel choir.'],
		['He played with Tom Reed at Leeds.'],
		['In 1961 he met Gwen Lloyd.'],
		// (A cleft's "It" names no one: it was "It and Roe married".)
		['It was on that tour that he met the singer Ann Roe.']
	])('no couple: %s', (sentence) => {
		expect(coupleOf(sentence, isPerson)).toBe(null);
	});
});

describe('the "they" right after a couple names both', () => {
	it.each([
		[
			'Samuel Okafor, a choral conductor, died on Sunday in Penarth. He was 89. He met Gwen Lloyd at a chapel choir in Swansea in 1961. They married in 1962.',
			'1962',
			'Okafor and Lloyd married'
		],
		[
			'Ruth Calloway, a painter, died on Sunday. She was 88. She founded the Dock Street gallery with Tom Reed in 1980. They sold it in 1995.',
			'1995',
			'Calloway and Reed sold it'
		],
		[
			// A lone surname that meets or marries a person is one, unless the text shows otherwise.
			'Okafor met Gwen Lloyd at a choir in 1961. They married in 1962.',
			'1962',
			'Okafor and Lloyd married'
		]
	])('%s (%s) → "%s"', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});

	it('keeps "They" after a body that meets a person', () => {
		const text = 'Acme Foods met Gwen Lloyd in 1961. They signed a deal in 1962.';
		expect(titleAt(text, '1962')).not.toMatch(/Lloyd/);
	});

	it('keeps "They" after two people the sentence pairs no way the table knows', () => {
		const text =
			'Samuel Okafor, a choral conductor, died on Sunday in Penarth. He was 89. He sang beside Gwen Lloyd at a chapel choir in Swansea. They toured Italy in 1962.';
		expect(titleAt(text, '1962')).toBe('They toured Italy');
	});
});
