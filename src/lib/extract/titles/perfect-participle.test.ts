import { describe, expect, it } from 'vitest';
import { fault } from './readable';
import { titleAt } from './title-at';

describe('an opening perfect participle that holds the date is what the subject had done (fragments III)', () => {
	it.each([
		[
			'Having lost the vote on 24 November by 22 to 19, she said she would stay on until a successor was chosen.',
			'24 November',
			'She lost vote by 22 to 19'
		],
		[
			'Having admitted false accounting at a first hearing in January, Mercer denied the fraud charge.',
			'January',
			'Mercer admitted false accounting at first hearing'
		],
		[
			// "Having been" is a passive's "was".
			'Having been released on bail in March, Dunn fled to Spain in May.',
			'March',
			'Dunn released on bail'
		],
		[
			// A date of the main clause leaves the opening phrase out.
			'Having been released on bail in March, Dunn fled to Spain in May.',
			'May',
			'Dunn fled to Spain'
		]
	])('%s (%s) → %s', (sentence, date, title) => {
		expect(titleAt(sentence, date)).toBe(title);
	});

	it('the gate reads a perfect participle with no clause after it as a title with no subject', () => {
		expect(fault('Having lost vote by 22 to 19')).toBe('no subject');
		expect(fault('Mercer admitted false accounting at first hearing')).toBeNull();
	});
});
