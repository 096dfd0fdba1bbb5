import { describe, expect, it } from 'vitest';
import { antecedent } from './antecedents';
import { titleAt } from './title-at';

// (Kept, not named, where the subject before is not named surely; never the complement.)
describe("a copula's complement is no antecedent for the pronoun after it", () => {
	it.each([
		[
			'The old pier has been a headache for decades. Engineers rated it unsafe in 2015.',
			'2015',
			'Engineers rated it unsafe'
		],
		[
			'The dam was a source of pride for the valley. Surveyors found it cracked in 2019.',
			'2019',
			'Surveyors found it cracked'
		],
		[
			'The ferry became a lifeline for the island. The state sold it in March 2021.',
			'March 2021',
			'State sold it'
		]
	])('%s', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});
});

describe('a pronoun opening a title is named by salience and agreement (titles XIII)', () => {
	it.each([
		[
			// "they" is no lone person: the object of the sentence before is.
			'Ray Dunmore coached the Wildcats for two decades. In 2004 they won their first state title.',
			'2004',
			'Wildcats won their first state title'
		],
		[
			// "he" is no school: the person the school hired is.
			'Ferris High hired Tom Bell as its coach in 1990. He accepted a job at Baylor in 1996.',
			'1996',
			'Tom Bell accepted job at Baylor'
		],
		[
			// Two sentences back, past a sentence about the team that names no person.
			'The school named Tom Bell its coach in 1990. The team went 3-7 that year. He accepted a job at Baylor in 1996.',
			'1996',
			'Tom Bell accepted job at Baylor'
		],
		[
			// A first name tells the sex: the woman, not the man she hired.
			'Maria Lopez hired Tom Reed in 2010. She fired him in 2015.',
			'2015',
			'Maria Lopez fired Tom Reed'
		],
		[
			// An apposition names a team: "Varga's team, Danube Cycling".
			"Varga's team, Danube Cycling, signed her to a three-year contract in October. It will race next at the national championships on July 26.",
			'July 26',
			'Danube Cycling will race next at national championships'
		],
		[
			// An object "it" carries the thing it stood for: "renamed it" is the foundation.
			'Linda Carver started the Carver Foundation in her garage in 2005. She renamed it Hope Meadow in 2012. Its budget grew to $14 million in 2018.',
			'2018',
			'Carver Foundation’s budget grew to $14 million'
		],
		[
			// Two that agree and nothing to tell them apart: the pronoun stays.
			'Kim Lee hired Pat Ray in 2010. He left the firm in 2015.',
			'2015',
			'He left firm'
		],
		[
			// …and two joined are no name for a title.
			'Garfield Elementary, which opened in 1954, and Hawthorne Elementary will close in June. Their 610 students will move to four other schools in the fall.',
			'the fall',
			'Their 610 students will move to four other schools'
		],
		[
			// A person told by "an" is someone the story has not named: "she" stays.
			'An accountant at a Florida firm noticed the missing money. She reported it to the police in June 2021.',
			'June 2021',
			'She reported it to police'
		],
		[
			// A noun of a doer may be a person or not: "the leader" names no "it".
			'The Cuban leader said the talks would go on. It will begin the process in late November.',
			'late November',
			'It will begin process'
		]
	])('%s (%s) → %s', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});
});

describe('a "he" or "she" is named only by someone of that sex (titles XIII)', () => {
	it.each([
		[
			// In a woman's obituary, the speaker of no known sex is no sure "she".
			'Elena Vasquez died on Friday. Dr. Reyes said she was brilliant. She was elected to the academy in 2003.',
			'2003',
			'She was elected to academy'
		],
		[
			// A man's first name, given once, tells who "Dr. Reyes" is: no "her", which is the woman's.
			'Elena Vasquez died on Friday at her home in Tucson. “She could find anything,” said Dr. Luis Reyes. Dr. Reyes said on Sunday that the observatory would name its telescope for her. She retired in 2012. Her husband, the physicist Tom Vasquez, died in 2019.',
			'2019',
			'Elena Vasquez’s husband died'
		],
		[
			// "Mr." before a surname outweighs the first name of a daughter who shares it.
			'Walter Fenwick, a jazz drummer, died on Saturday. His daughter, Joyce Fenwick, said the cause was kidney failure. Mr. Fenwick was born in Memphis in 1935. He joined the band of Luis Ortega in 1961.',
			'1961',
			'Fenwick joined band of Luis Ortega'
		]
	])('%s (%s) → %s', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});
});

describe('antecedent: the mention a pronoun stands for, or null when unsure', () => {
	it.each([
		['they', ['The Wildcats hired Ray Dunmore in 1985.'], 'Wildcats'],
		['he', ['The Wildcats hired Ray Dunmore in 1985.'], 'Ray Dunmore'],
		['it', ['The ferry Marigold sank in 1977.'], 'ferry Marigold'],
		['she', ['Kim Lee hired Pat Ray in 2010.'], null],
		['it', ['The list includes motorcycles and bourbon.', 'Acme Corp. drew it up.'], null],
		['he', ['Its coach resigned in May.'], null]
	])('%s after %j → %s', (pronoun, earlier, text) => {
		expect(antecedent(pronoun, earlier)?.text ?? null).toBe(text);
	});
});
