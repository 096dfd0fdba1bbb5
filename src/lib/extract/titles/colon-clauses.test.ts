import { describe, expect, it } from 'vitest';
import { colonClause } from './colon-clauses';
import { fault } from './readable';
import { titleAt } from './title-at';
import { MARK } from './words';

const T = `${MARK}T0${MARK}`;

describe('two clauses joined by a colon: a date titles only its own clause (fragments III)', () => {
	it.each([
		[
			'The council closed two leisure centres in 2023: residents marched on the town hall in protest.',
			'2023',
			'Council closed two leisure centres'
		],
		[
			// The clause after the colon, its "it" the thing the first clause is about.
			'The plant never came close: for most of last year it ran a single shift.',
			'last year',
			'Plant ran single shift'
		],
		[
			'Demand has collapsed: the mill cut its second shift in March and laid off 80 workers.',
			'March',
			'Mill cut its second shift'
		],
		[
			'Some have roamed far: a collared male crossed into Utah last summer.',
			'last summer',
			'Collared male crossed into Utah'
		],
		[
			// A clause before the colon that ends on its copula's complement is no list's heading.
			'The fire was not the first: in March 2019, a blaze at the same plant had injured six workers.',
			'March 2019',
			'Blaze at same plant injured six workers'
		],
		[
			// The clause after the colon may open with a length of time and a date, and its subject
			// may carry a distance in commas.
			'It had very nearly happened before: two years earlier, on 15 August 1984, a smaller release of gas from Lake Monoun, some 100 kilometres to the south, had killed 37 people along a road.',
			'15 August 1984',
			'Smaller release of gas from Lake Monoun killed 37 people'
		]
	])('%s (%s) → %s', (sentence, date, title) => {
		expect(titleAt(sentence, date)).toBe(title);
	});

	it.each([
		// A saying's words, a quotation and a list join no second clause.
		[`The mayor said on ${T}: the town will rebuild.`],
		[`The minister told MPs on ${T}: “We will not wait.”`],
		[`The firm named three new directors on ${T}: Ann Lowe, Raj Patel and Tom Hill.`]
	])('leaves %s', (s) => {
		expect(colonClause(s, T)).toBeNull();
	});

	it('the gate reads a title of two clauses glued at a colon as a fault, a saying’s not', () => {
		expect(fault('Plant never came close: it ran single shift')).toBe('glued clause');
		expect(fault('Ross Moran said: We replaced overhead wires')).toBeNull();
	});
});
