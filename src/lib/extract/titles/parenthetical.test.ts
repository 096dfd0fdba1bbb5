import { describe, expect, it } from 'vitest';
import { fault } from './readable';
import { titleAt } from './title-at';

describe('an attribution set off inside a clause is no part of its title', () => {
	it.each([
		[
			'In exchange, it says, Quist pushed a bill through his committee in the 2023 session.',
			'2023',
			'Quist pushed bill through his committee in 2023 session'
		],
		[
			'In return, prosecutors say, the senator steered a $2 million grant to the firm in 2022.',
			'2022',
			'Senator steered $2 million grant to firm'
		],
		[
			'Over those months, the complaint alleges, Harmon moved $400,000 into his own accounts in 2019.',
			'2019',
			'Harmon moved $400,000 into his own accounts'
		],
		[
			'The developer, the indictment says, paid the councilman through a consulting firm in 2022.',
			'2022',
			'Developer paid councilman through consulting firm'
		]
	])('%s (%s) → "%s"', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});

	it.each([
		[
			'Unemployment in Ross County fell to 4.1 percent on Friday, the state labor department said, making the drop the largest since 2009, and officials said two plants would reopen next month.',
			'Friday',
			'Unemployment in Ross County fell to 4.1 percent'
		],
		[
			'The number of flu deaths in Ross County rose to 12 on Monday, the county coroner said, making the season the worst since 1998, and officials said every clinic would begin offering shots next week.',
			'Monday',
			'Number of flu deaths in Ross County rose to 12'
		]
	])(
		'leaves a saying after a whole clause to the trailing speaker’s rules: %s',
		(text, date, title) => {
			expect(titleAt(text, date, '2025-03-10')).toBe(title);
		}
	);

	it('keeps an attribution whose noun a relative clause describes', () => {
		expect(
			titleAt(
				'Her husband had bought shares in the firm in 2019 and sold them last May, according to the report, which was published on Wednesday.',
				'last May'
			)
		).toBe('Her husband sold shares in firm');
	});

	it('keeps an attribution that holds the date: the saying is its happening', () => {
		expect(titleAt('The plant, the company said on Tuesday, will close in March.', 'Tuesday')).toBe(
			'Company said plant will close'
		);
		expect(titleAt('The plant, the company said, will close in March.', 'March')).toBe(
			'Plant will close'
		);
	});
});

describe('a title with no whole clause is built from the date’s clause, whole', () => {
	it.each([
		[
			'Only two people had ever been pulled from the lake. The last to do so alive, in December 2018, died the next day.',
			'December 2018',
			'Last to do so alive died'
		],
		[
			'Three climbers reached the ridge that year. The first to do so, on May 4, 2021, was a teacher from Lyon.',
			'May 4, 2021',
			'First to do so was teacher from Lyon'
		]
	])('%s (%s) → "%s"', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});

	it.each([
		['Last to died', 'past after to'],
		['Last alive', 'no verb']
	])('the gate rejects "%s": %s', (title, why) => {
		expect(fault(title)).toBe(why);
	});

	it.each([
		'Review board traced explosion to damaged thermostat',
		'Lawyer said she would ask judge to set aside verdict',
		'Eleanor Voss came to United States with her parents'
	])('the gate lets "%s" through', (title) => {
		expect(fault(title)).toBeNull();
	});
});
