import { describe, expect, it } from 'vitest';
import { title } from '../testing/title-of';

describe('a second verb phrase in the perfect, with its own date, is a phrase of its own with the shared subject', () => {
	it.each([
		[
			'Ruiz joined the firm in 2019 and has run its Paris office since last year.',
			'last year',
			['in 2019'],
			'Ruiz ran its Paris office'
		],
		[
			'Omar Haddad joined the bank in 2015 and has run its Cairo branch since 2022.',
			'2022',
			['in 2015'],
			'Omar Haddad ran its Cairo branch'
		],
		// …and the first phrase keeps its own date.
		[
			'Ruiz joined the firm in 2019 and has run its Paris office since last year.',
			'in 2019',
			['last year'],
			'Ruiz joined firm'
		]
	])('%s (%s) → %s', (sentence, date, others, expected) => {
		expect(title(sentence, date, others)).toBe(expected);
	});
});
