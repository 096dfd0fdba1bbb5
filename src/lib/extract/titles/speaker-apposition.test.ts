import { describe, expect, it } from 'vitest';
import { title } from '../testing/title-of';

describe('a closing speaker told by a role and a name in commas leaves the title (TRAILING_SPEAKER)', () => {
	it.each([
		[
			'The man was released from prison in 2024, a police spokeswoman, Carla Diaz, said.',
			'in 2024',
			'Man released from prison'
		],
		[
			'Customers have until Jan. 31 to claim a full refund, a spokeswoman, Ruth Ames, said.',
			'Jan. 31',
			'Customers have until Jan. 31 to claim full refund'
		],
		[
			'Viewing of the herd will be on 11 April, the auctioneers, Halls, said on Wednesday.',
			'11 April',
			'Viewing of herd will be on 11 April'
		]
	])('%s', (sentence, target, expected) => {
		expect(title(sentence, target)).toBe(expected);
	});

	it('keeps a role and name that open the sentence, who are its subject', () => {
		expect(
			title(
				'At a news conference on Tuesday, the board’s chairman, Paul Whitby, said the charity would repay the state.',
				'on Tuesday'
			)
		).toBe('Paul Whitby said charity would repay state');
	});
});
