import { describe, expect, it } from 'vitest';
import { headline } from './headline';
import { fragment } from './whole-clause';

describe('a cut title is still a whole clause', () => {
	it.each([
		// A verb that asks for more is not where a cut may stop.
		[
			'The Riverside Regional Transit Authority and its drivers union plans to hold a vote on the new contract',
			'Riverside Regional Transit Authority and its drivers union plans to hold vote'
		],
		// What was said keeps its verb, though it runs past the length.
		[
			'Dr. Anna Weiss told reporters that most of the new infections were among children under five',
			'Dr. Anna Weiss told reporters most of the new infections were among children'
		],
		// No cut inside a measure ("shed 310 | points").
		[
			'The Stoxx 600 lost 1.2 percent and the Dow Jones Industrial Average shed 310 points',
			'Stoxx 600 lost 1.2 percent and Dow Jones Industrial Average shed 310 points'
		],
		// Half a subordinate clause goes whole.
		[
			'Corvane Foods said that its profit fell 18 percent as the cost of cheese rose',
			'Corvane Foods said its profit fell 18 percent'
		],
		// (Not a preposition: "as chairman of the board".)
		[
			'James Taylor stepped down as chairman of the board of the Pacific Northwest Trust',
			'James Taylor stepped down as chairman of board'
		],
		// An "-ing" noun after a determiner and its kind is no hanging participle.
		[
			'A fire at a data center in Sacramento shut down its online banking for a day',
			'Fire at data center in Sacramento shut down its online banking'
		],
		// (Nor "as much".)
		[
			'President Bush implied as much when reporters asked whether the interdiction would apply to food',
			'President Bush implied as much'
		],
		// Half a relative clause goes whole.
		[
			'Agents seized two laptops in a motel room near the airport that were used to send the threats',
			'Agents seized two laptops in motel room near airport'
		]
	])('%s → %s', (clause, title) => {
		expect(headline(clause)).toBe(title);
	});

	it.each([
		['League plans', 'open'],
		['Officials said most of the new cases', 'open'],
		['Forecasters warned storm surge could', 'open'],
		['Agents seized two servers that used', 'relative'],
		['Council voted 6 to 3', 'open'],
		['Agents seized two servers', null],
		['Talks broke down', null],
		['At least four people died, officials said', null],
		['Mayor said budget was balanced', null]
	] as const)('"%s" is %s', (title, why) => {
		expect(fragment(title)).toBe(why);
	});
});
