import { describe, expect, it } from 'vitest';
import { LIGHTER, headline } from './headline';
import { titleAt } from './title-at';

describe('what a title keeps of its date and its aside (titles XII)', () => {
	it.each([
		[
			// A share of a time after a verb is the verb's object.
			'Dana Ruiz missed most of 2023 with a knee injury.',
			'2023',
			'Dana Ruiz missed most of 2023 with knee injury'
		],
		[
			// …after a preposition it only says when.
			'Shares of Kessler fell through much of the spring, and the company cut 200 jobs in April.',
			'the spring',
			'Shares of Kessler fell'
		],
		[
			// A race time is what was run, no clock time (nor any date: the day is Saturday).
			'Maya Ortiz ran the mile in 4:41 in Eugene on Saturday.',
			'Saturday',
			'Maya Ortiz ran mile in 4:41 in Eugene'
		],
		[
			// A noun's aside with a "when" of its own goes with it.
			'The museum bought the painting, stolen in 1990, when thieves posed as police, for $4 million on Monday.',
			'Monday',
			'Museum bought painting for $4 million'
		],
		[
			'Voters approved a tax, first proposed in 2019, when the library lost its roof, on Tuesday.',
			'Tuesday',
			'Voters approved tax'
		],
		[
			// …and the aside's own date titles the aside, an adverb and all.
			'Voters approved a tax, first proposed in 2019, when the library lost its roof, on Tuesday.',
			'2019',
			'Tax first proposed'
		],
		[
			'Officials said on Monday that the city, which had lost 4,000 jobs since 2020, when the mill closed, would seek state aid.',
			'Monday',
			'Officials said city would seek state aid'
		],
		[
			'Officials said on Monday that the city, which had lost 4,000 jobs since 2020, when the mill closed, would seek state aid.',
			'2020',
			'City lost 4,000 jobs'
		]
	])('%s (%s) → %s', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});

	it('keeps a clock time a clock time', () => {
		expect(
			titleAt('The ferry left at 5:34 on Tuesday and sank an hour later.', '5:34 on Tuesday')
		).toBe('Ferry left');
	});
});

describe('a long title is cut without cutting its object (titles XII)', () => {
	it.each([
		[
			// Never at the "of" of a share: "replace all".
			"The mayor announced a plan to replace all of the city's lead water pipes and to rebuild the three oldest pumping stations on the river",
			"Mayor announced plan to replace all of the city's lead water pipes"
		],
		[
			// A participle's phrase on the subject of what was said goes before its verb does.
			'Researchers at the University of Utah reported that a new battery made from iron and salt water held 90 percent of its charge after 5,000 cycles',
			'Researchers at University of Utah reported new battery held 90 percent'
		],
		[
			// …but not an active verb and its object.
			'Officials said the company made a loss and cut 200 jobs at its plant in Dayton and Toledo last spring',
			'Officials said company made loss and cut 200 jobs'
		],
		[
			// A relative clause whose verb asks for an object and its "to" goes whole.
			'The governor signed a bill that requires every public school in the state to install air filters in each classroom',
			'Governor signed bill'
		]
	])('%s → %s', (clause, title) => {
		expect(headline(clause)).toBe(title);
	});
});

describe('the clause a date governs after a semicolon or a pronoun’s "and" (titles XII)', () => {
	it.each([
		[
			'Her husband, Lowell Pruitt, was a pilot; he was shot down over Austria in 1944.',
			'1944',
			'Lowell Pruitt was shot down over Austria'
		],
		['The bridge was closed for repairs, and it reopened in 2019.', '2019', 'Bridge reopened'],
		['The bridge was closed for repairs; it reopened in 2019.', '2019', 'Bridge reopened'],
		[
			// A deadline given is a plan of whoever was given it.
			'A judge sentenced Gerald Voss to six years on Wednesday. His lawyers said they would appeal; the judge gave him until Jan. 15 to report to prison.',
			'Jan. 15',
			'Gerald Voss to report to prison'
		]
	])('%s (%s) → %s', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});
});

describe('a second verb phrase and a body’s "It" (titles XII, after held-out-13 was read)', () => {
	it.each([
		// A verb that takes no object takes no passive from the first phrase.
		['He was released in 2012 and died in 2019.', '2019', 'He died'],
		[
			'He was arrested on May 4 and indicted two weeks later.',
			'two weeks later',
			'He was indicted'
		],
		// An "It" past an adverb, or with a plan in the present, acts.
		[
			'The club was founded in 1887 by workers at a shoe factory. It last won the league in 1961.',
			'1961',
			'Club last won league'
		],
		[
			'Harbor Foods bought two smaller dairies last year. It expects the deal to close in the fourth quarter.',
			'the fourth quarter',
			'Harbor Foods expects deal to close'
		]
	])('%s (%s) → %s', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});
});

describe('a long title drops modifiers before it cuts, and keeps its verb’s object (titles XIII)', () => {
	it('drops each row of LIGHTER on its example', () => {
		for (const row of LIGHTER) {
			const [before, after] = row.example.split(' → ');
			expect(before!.replace(row.pattern, row.by), row.example).toBe(after);
		}
	});

	it.each([
		[
			// A place's kind and an "only" go; the verb keeps what was ordered.
			'A Cook County judge on Thursday ordered the village of Oak Ridge to restore its only public swimming pool, which the board closed in May.',
			'Thursday',
			'Cook County judge ordered Oak Ridge to restore its public swimming pool'
		],
		[
			// One of a plural after a preposition is the thing itself.
			'In 2028, a European rover will try to land in one of the valleys the orbiter photographed.',
			'2028',
			'European rover will try to land in valley orbiter photographed'
		],
		[
			// (A subject's "one of" keeps whose it is: the title is short enough.)
			'The mayor said on Monday that one of the bridges would close.',
			'Monday',
			'Mayor said one of the bridges would close'
		]
	])('%s (%s) → %s', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});
});

describe('a cut never keeps one member of a list (titles XIII)', () => {
	it.each([
		[
			// The list goes whole when the title holds it…
			'Officials said on Tuesday that hackers had stolen the names, addresses and Social Security numbers of 40,000 residents.',
			'Tuesday',
			'Officials said hackers had stolen names, addresses and Social Security numbers'
		],
		[
			// …and with the phrase that holds it when it does not.
			'Engineers in Houston built a carbon dioxide filter on April 14 from cardboard, plastic bags and tape.',
			'April 14',
			'Engineers in Houston built carbon dioxide filter'
		],
		[
			// Words after a comma that are no list's are cut at the comma as before.
			'Two hikers missing for three nights on Mount Sorrel were found alive on Wednesday, cold and hungry but able to walk.',
			'Wednesday',
			'Two hikers missing for three nights on Mount Sorrel found alive'
		]
	])('%s (%s) → %s', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});
});
