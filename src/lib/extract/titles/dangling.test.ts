import { describe, expect, it } from 'vitest';
import { dangling } from './dangling';
import { titleAt } from './title-at';

/** A date as the title rules see it: a marker. */
const D = '\u2063O0\u2063';

describe('a title never stops inside a phrase its sentence goes on with', () => {
	it.each([
		// A particle cut from its verb.
		[
			'Chain plans to close its kitchens and wind',
			`Chain plans to close its kitchens and wind down its catering business by ${D}.`,
			'particle cut'
		],
		['Hospital turned offer', `In ${D} the hospital turned the offer down.`, 'particle cut'],
		// A part of a place, a share, a name: nothing without its "of".
		[
			'Residents of three townships east',
			`Residents of three townships east of Harrisburg were told ${D}.`,
			'"of" cut'
		],
		[
			'Owners agreed to pay off last',
			`The owners agreed to pay off the last of its debts ${D}.`,
			'"of" cut'
		],
		[
			'Director of U.S. Federal Bureau',
			'Director of the U.S. Federal Bureau of Investigation Louis Freeh said',
			'"of" cut'
		],
		// An infinitive cut from what it does, a verb from its object or its "to".
		[
			'Board pushed project back to pay',
			`${D}, the board pushed the project back to pay for repairs.`,
			'infinitive cut'
		],
		['Families told', `Families were told on ${D} to leave their homes.`, '"to" cut'],
		['Chain said it plans', `The chain said it plans to close its kitchens.`, '"to" cut'],
		['Company paid', `The company paid the consultant ${D}.`, 'object cut']
	])('"%s" dangles in "%s"', (title, sentence, why) => {
		expect(dangling(title, sentence)?.why).toBe(why);
	});

	it.each([
		// A phrase after the cut that is the verb's adjunct, or a noun's, may go.
		['Trial began', `The trial began with 9,000 volunteers ${D}.`],
		[
			'Pill cut cholesterol in trial',
			`In ${D} the pill cut cholesterol in a trial of 3,200 patients.`
		],
		['Plant opened to riders', `The line opened to riders on ${D}, four years late.`],
		// A date, its preposition and a comma end the phrase.
		['Storm hit coast', `The storm hit the coast on ${D}, and …`],
		// A quotation ends where it was said.
		['Mayor: ‘We will rebuild’', 'The mayor said "We will rebuild the town."']
	])('"%s" ends whole in "%s"', (title, sentence) => {
		expect(dangling(title, sentence)).toBeNull();
	});

	it.each([
		[
			'The bakery chain said on Monday that it plans to close its kitchens and wind down its catering business by June.',
			'Monday',
			'Bakery chain said it plans to close its kitchens'
		],
		[
			'On Friday the owners agreed to sell the family farm and pay off the last of its debts.',
			'Friday',
			'Owners agreed to sell family farm and pay off last of its debts'
		],
		[
			'Residents of three townships east of Harrisburg were told on Sunday to boil their water.',
			'Sunday',
			'Residents of three townships east of Harrisburg told to boil their water'
		],
		[
			'Families in four villages north of Lake Placid were told on Tuesday to leave their homes.',
			'Tuesday',
			'Families in four villages north of Lake Placid told to leave their homes'
		],
		['In August the hospital turned the offer down.', 'August', 'Hospital turned offer down'],
		[
			'In January, the airline asked the state for a subsidy, and lawmakers turned it down in March.',
			'March',
			'Lawmakers turned it down'
		]
	])('%s (%s) → "%s"', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});
});
