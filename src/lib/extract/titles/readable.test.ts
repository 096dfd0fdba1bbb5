import { describe, expect, it } from 'vitest';
import { FAULTS, fault } from './readable';
import { titleAt } from './title-at';

describe('the readability gate names what keeps a title from reading as a clause', () => {
	it('fails each row on the title that asked for it', () => {
		for (const row of FAULTS) expect(fault(row.example), row.example).toBe(row.fault);
	});

	it.each([
		['As enrollment fell to 180, board hired consultant', 'subordinate opener'],
		['Said he had voted for sale', 'no subject'],
		['Promised merger would close', 'no subject'],
		['Released small lander, Wren', 'no subject'],
		['’s shares fell 4 percent', 'possessive opener'],
		['Ian Mercer', 'no verb'],
		['2023 brownfields law', 'no verb'],
		['Judge ordered town of', 'ends inside a phrase'],
		['On wet, windy, about 200 nurses marched to health ministry', 'adverbial opener'],
		['In rare show of unity, two parties passed budget', 'adverbial opener']
	])('"%s" fails: %s', (title, why) => {
		expect(fault(title)).toBe(why);
	});

	it.each([
		'Hartwell Rovers won Northern League title',
		// Headline style: a passive without its auxiliary, a plan told by "to".
		'Ms. Lowell born in Tacoma, Wash.',
		'Agency to add fourth station at Kimball Road',
		// A quotation titled by its speaker.
		'Carla Ruiz: ‘We are still pulling people from rubble’',
		// A phrasal verb ends whole.
		'Priya Raman took over',
		'Delgado will be sworn in',
		// …after its object, its "-ing" form or a bare verb after "to".
		'Lawmakers turned it down',
		'Snow began piling up',
		'Companies have to decide whether to fight on',
		// A count's "about" opens a subject; a name may look like a verb.
		'About 300 people gathered at memorial',
		'AT and T announced drop in profits',
		'United States dispatched FBI agents to Africa',
		'Associated Press called race',
		'Redesigned model expected to reach stores',
		'In Hammerfest, Ms. Halvorsen was born'
	])('"%s" reads as a clause', (title) => {
		expect(fault(title)).toBeNull();
	});
});

describe('a title that fails the gate is built again from its clause', () => {
	it.each([
		[
			// An opening phrase with no subject after it: the sentence after the phrase, its
			// quotation's "today" the saying's.
			'The council approved the budget on Monday. Ahead of the council vote on Friday, the union\'s treasurer, Lena Park, said, "Today we signed the agreement with the city."',
			'Today',
			'Lena Park said they signed agreement with city'
		],
		[
			// A second verb phrase's subject is its clause's.
			'The county broke ground on the bridge in May 2018 and had promised it would open in 2021.',
			'2021',
			'County promised it would open'
		],
		[
			// …past a verb of the present and an adverb, and named after.
			'Paul Reed ran the dairy until 2015. He still owns a third of the shares and said on Tuesday that he had voted for the sale.',
			'Tuesday',
			'Paul Reed said he had voted for sale'
		],
		[
			// A name left without its clause: the clause the date is in, whole.
			'In May they lost five straight games, and the club fired its manager, Joe Ruiz, on June 2.',
			'June 2',
			'Club fired its manager, Joe Ruiz'
		],
		[
			// A role and its name with no verb: the saying after the opening phrase.
			"After the verdict on Friday, the family's lawyer, Omar Haddad, said they would appeal.",
			'Friday',
			'Omar Haddad said they would appeal'
		],
		[
			// A dated noun with a clause of its own is told by that clause.
			'Sales rose 4 percent in March, recovering from the February storm that closed 40 stores.',
			'February',
			'Storm closed 40 stores'
		],
		[
			// A share's opening phrase goes.
			'Of the 40 people injured, 14 were treated at Mercy Hospital on Sunday.',
			'Sunday',
			'14 treated at Mercy Hospital'
		]
	])('%s (%s) → %s', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});
});

describe('a title tells the clause its date is in (titles XIII)', () => {
	it.each([
		[
			// A state or a denial is no clause a past date dates: the date's own clause is the title.
			'No one has been charged, and the statute of limitations ran out in 1999.',
			'1999',
			'Statute of limitations ran out'
		],
		[
			'Donations have grown every year since she arrived, and the library finished a $40 million campaign in 2024.',
			'2024',
			'Library finished $40 million campaign'
		],
		[
			// (A past clause joined by "and" may be dated by a date that ends the sentence.)
			'The intelligence finding was briefed to President Donald Trump, and the council discussed the problem in late March.',
			'late March',
			'Intelligence finding briefed to President Donald Trump'
		],
		[
			// A second verb phrase after one in the present takes its subject, not the phrase.
			'Rosa Tate opened the bakery in 1980. She still runs the bakery and said on Monday that she would retire.',
			'Monday',
			'Rosa Tate said she would retire'
		]
	])('%s (%s) → %s', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});
});

describe('a clause in its own order, and a fronted "When" clause (titles XIII)', () => {
	it.each([
		[
			// A relative clause's object left before its subject goes after its verb; a thing's
			// "it" is the main clause's subject.
			"At the final concert, the orchestra played Mahler's Second Symphony, which it had first performed in 1986.",
			'1986',
			"Orchestra had first performed Mahler's Second Symphony"
		],
		[
			// A date in a fronted "When" clause dates that clause.
			"When the zoo's male panda died of kidney failure in 2022, the breeding program seemed over.",
			'2022',
			"Zoo's male panda died of kidney failure"
		],
		[
			'As the river rose past 30 feet on Tuesday, the town closed its only bridge.',
			'Tuesday',
			'River rose past 30 feet'
		],
		[
			// (A pronoun after a preposition is its object: the title stays.)
			'The state gave $2 million in March for a museum about it, and the museum about it will open in Rexburg in the spring of 2027.',
			'the spring of 2027',
			'Museum about it will open in Rexburg'
		],
		[
			// (A clause of its own before the pronoun is no object: the title stays.)
			'On Dec. 24, 1968, the crew of Apollo 8 read from Genesis as they orbited the Moon.',
			'Dec. 24, 1968',
			'Crew of Apollo 8 read from Genesis as they orbited Moon'
		]
	])('%s (%s) → %s', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});
});

describe('what three more untuned articles showed (titles XIII)', () => {
	it.each([
		[
			// A passive's particle stays.
			'The Harwood Dam was torn down on Monday, reopening 40 miles of river to salmon.',
			'Monday',
			'Harwood Dam was torn down'
		],
		[
			// A date placed by a "when" clause after "after" is that clause's.
			'Attendance fell by half after 2015, when animal acts were banned in many states.',
			'2015',
			'Animal acts banned in many states'
		],
		[
			// A role of something's with a lone name is who "she" is.
			"June Ellsworth ran the circus until this year. The circus's elephant, Rosie, was retired to a Tennessee sanctuary in 2016. She died there last year.",
			'last year',
			'Rosie died there'
		]
	])('%s (%s) → %s', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});
});

describe('an opening participle or a "by" agent names who did what (titles XIII)', () => {
	it.each([
		[
			// A participle's phrase with no clause after it is no title: the sentence after it.
			'Speaking to reporters on Monday, the governor, Alan Brooks, said the state would cover the cost of the repairs.',
			'Monday',
			'Governor Alan Brooks said state would cover cost of repairs'
		],
		[
			'Asked on Saturday whether he would run again, Mayor Luis Ortega said he had not decided.',
			'Saturday',
			'Mayor Luis Ortega said he had not decided'
		],
		[
			// A noun's participle and its agent, before the main clause, is the date's happening.
			'According to a report released on Tuesday by the state auditor, the agency spent $4 million on consultants in 2024.',
			'Tuesday',
			'State auditor released report'
		]
	])('%s (%s) → %s', (text, date, title) => {
		expect(titleAt(text, date, '2026-06-15')).toBe(title);
	});
});

describe('a headline opens with its subject, not an adverbial phrase (titles XIV)', () => {
	it.each([
		[
			// What the date's cut leaves of its phrase goes: its adjectives.
			'On a wet, windy Tuesday morning, about 200 nurses marched to the health ministry.',
			'Tuesday morning',
			'About 200 nurses marched to health ministry'
		],
		[
			// …and a phrase of background before the subject.
			'At its height in 2008, the plant employed 1,100 people.',
			'2008',
			'Plant employed 1,100 people'
		],
		[
			'In a rare show of unity in March, the two parties passed the budget.',
			'March',
			'Two parties passed budget'
		],
		[
			"At the time, in 1998, the mill was the town's biggest employer.",
			'1998',
			"Mill was town's biggest employer"
		],
		[
			// (A phrase whose noun the date dates names the happening, and stays.)
			'In heavy trading on Monday, Halden shares fell 12 percent.',
			'Monday',
			'In heavy trading, Halden shares fell 12 percent'
		]
	])('%s (%s) → %s', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});
});
