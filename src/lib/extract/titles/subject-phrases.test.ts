import { describe, expect, it } from 'vitest';
import { title } from '../testing/title-of';
import { SUBJECT_PHRASES, withoutSubjectPhrase } from './subject-phrases';

describe('a participle’s phrase on a long subject is no verb of the clause (dev-broken-cuts)', () => {
	it.each(SUBJECT_PHRASES.map((row) => row.example.split(' → ') as [string, string]))(
		'the table’s own row: %s → %s',
		(clause, expected) => {
			expect(withoutSubjectPhrase(clause.split(' ')).join(' ')).toBe(expected);
		}
	);

	it.each([
		[
			'A privately built lunar lander carrying nine scientific instruments for NASA touched down near the Schrödinger crater on Friday after a six-day trip from Earth.',
			'on Friday',
			[],
			'Privately built lunar lander touched down near Schrödinger crater'
		],
		[
			'A coalition of environmental groups representing more than 40,000 members across three states filed a lawsuit against the agency on Tuesday.',
			'on Tuesday',
			[],
			'Coalition of environmental groups filed lawsuit against agency'
		],
		[
			'Residents living along the river north of the old paper mill complained to the council about the smell in 2020.',
			'in 2020',
			[],
			'Residents complained to council about smell'
		],
		[
			'The long-awaited report commissioned by the state’s education department from a panel of outside experts was published on Monday.',
			'on Monday',
			[],
			'Long-awaited report published'
		],
		[
			'A freight train carrying crude oil from North Dakota to a refinery in Philadelphia derailed near the town of Lac-Mégantic in 2013.',
			'in 2013',
			[],
			'Freight train derailed near Lac-Mégantic'
		],
		[
			'A ferry operated by the island’s only shipping company since the 1980s ran aground off the north coast on Sunday morning.',
			'on Sunday morning',
			['since the 1980s'],
			'Ferry ran aground off north coast'
		],
		[
			'Two men wearing masks and carrying a shotgun robbed a jewelry store on Main Street in broad daylight on Saturday.',
			'on Saturday',
			[],
			'Two men robbed jewelry store on Main Street in broad daylight'
		],
		[
			// (A verb before the phrase is the clause's own: nothing of the subject goes.)
			'The strike ended in June after talks between the union and the company broke down twice in the spring.',
			'in June',
			[],
			'Strike ended'
		],
		[
			// (An "-ing" after a possessive, or right before the verb, is a noun…)
			'Fund managers said Friday’s profittaking was a natural result of the week’s "abnormal fever" in buying real estate, shipbuilding, steel and construction shares.',
			'Friday',
			[],
			'Friday’s profittaking was natural result of week’s ‘abnormal fever’'
		],
		[
			'The latest restructuring affected bank indebtedness that was incurred to finance the $585 million purchase in 1988.',
			'in 1988',
			[],
			'Latest restructuring affected bank indebtedness'
		],
		[
			// (…and so is a kind in a compound, "holding company"; after "not" it is no subject's.)
			'The Los Angeles thrift holding company said it had a loss of $92.2 million for the quarter ended Sept. 30.',
			'Sept. 30',
			[],
			'Los Angeles thrift holding company said it had loss'
		],
		[
			'But it said that severance payments to those executives not staying with the company will reduce First of America’s operating results for 1989 by $3 million to $4 million.',
			'for 1989',
			[],
			'Severance payments to those executives'
		],
		[
			// (…and a measure after "by" is no agent.)
			'Profit jumped by 5 percent in the quarter ended Sept. 30 as the company cut costs at its plants in Ohio and Texas.',
			'Sept. 30',
			[],
			'Profit jumped by 5 percent'
		]
	])('%s (%s) → %s', (sentence, date, others, expected) => {
		expect(title(sentence, date, others)).toBe(expected);
	});
});
