import { describe, expect, it } from 'vitest';
import { givenNameSex } from './given-names';
import { mayBeSpeaker } from './speakers';
import { titleAt } from './title-at';

describe('who "he" and "she" are across a retold history (titles XII)', () => {
	it.each([
		[
			// A first name tells the sex: the woman named before is no "he".
			'Anna Brooks testified on Monday. Her brother, Tom Brooks, was convicted in 2019. He fled to Mexico in 2020.',
			'2020',
			'Tom Brooks fled to Mexico'
		],
		[
			// A role of hers that opens the sentence names its subject.
			'Ruth Cole won the seat in 2010. Her husband, Peter Cole, ran the campaign. He died in 2015.',
			'2015',
			'Peter Cole died'
		],
		[
			// Sentences that go on about "him" carry his name on.
			'Viktor Halden ran a shipping firm in Gdansk until 1981. That year the police searched his office, and he fled to London in March. He opened a restaurant there in 1983.',
			'1983',
			'Viktor Halden opened restaurant there'
		],
		[
			// In what prosecutors said, "she" is someone told before, not the prosecutors.
			'Linda Marsh was the treasurer of the Oak Hill school district for nine years. Prosecutors said she began writing checks to herself in 2017.',
			'2017',
			'Prosecutors said Linda Marsh began writing checks to herself'
		],
		[
			// …and with no one to name, the saying stays whole rather than guess.
			'Police said she had stolen the car in May.',
			'May',
			'Police said she had stolen car'
		],
		[
			// A coach is no "she" of his own saying.
			"Carla Diaz, the team's captain, scored twice. Her coach, Mike Lane, said she would play on Friday.",
			'Friday',
			'Mike Lane said Carla Diaz would play'
		]
	])('%s (%s) → %s', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});
});

describe('givenNameSex: a first name tells a sex only when one is borne by it', () => {
	it.each([
		['Tom Brooks', 'male'],
		['Anna Brooks', 'female'],
		['Tomás Ibarra', 'male'],
		['Robin Hale', null],
		['Sam Okoro', null],
		['Dana Ruiz', null],
		// A lone word may be a surname.
		['Anna', null]
	])('%s → %s', (name, sex) => {
		expect(givenNameSex(name)).toBe(sex);
	});
});

describe('mayBeSpeaker: whether a pronoun in what was said may be its speaker', () => {
	it.each([
		['Prosecutors', 'she', false],
		['Police', 'he', false],
		['The company', 'she', false],
		['Mr. Lindqvist', 'she', false],
		['Mike Lane', 'she', false],
		['Mayor Beth Okafor', 'she', true],
		['The mayor', 'he', true],
		['Okafor', 'she', true],
		['Officials', 'they', true],
		['Northfield Bank', 'it', true],
		['Judge Helen Marsh', 'it', false],
		['Gary Lindqvist', 'they', false]
	])('%s … %s → %s', (speaker, pronoun, may) => {
		expect(mayBeSpeaker(speaker, pronoun)).toBe(may);
	});
});

describe('what "it" and "its" are in a second clause and across a person (titles XII)', () => {
	it.each([
		[
			// "its" in a second clause is the body the clause before was about.
			'Northfield Bank said on Tuesday that it had agreed to buy Cedar Trust, and its shares rose 5 percent in March.',
			'March',
			'Northfield Bank’s shares rose 5 percent'
		],
		[
			// An object "it" of a second clause is what the first clause acted on.
			'The council approved the plan in May, when residents had already left, and the mayor signed it in June.',
			'June',
			'Mayor signed plan'
		],
		[
			// …and past a sentence about someone else that names no thing.
			'Margaret Ellison founded the company in 1962. Her partner, Robert Kane, left in 1970. She bought it back from the bank in 1975.',
			'1975',
			'Margaret Ellison bought company back from bank'
		]
	])('%s (%s) → %s', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});
});

describe('the "it" a retold history goes on about (titles XII)', () => {
	const mill =
		'The Calloway Mill opened in 1888 on the Merrimack River. It employed 2,000 weavers by 1910. A strike in 1922 closed it for six months. The city bought it in 1979. It reopened as apartments in 1985.';
	it.each([
		[mill, '1910', 'Calloway Mill employed 2,000 weavers'],
		// An object "it" the story called "it" just before.
		[mill, '1922', 'Strike closed Calloway Mill for six months'],
		[mill, '1979', 'City bought Calloway Mill'],
		// An "It" after a sentence that acted on "it" is that "it", not that sentence's subject.
		[mill, '1985', 'Calloway Mill reopened as apartments'],
		[
			// A thing brought in by "a" in a sentence about a person.
			'Edna Pruitt returned to Kansas in 1946 and opened a clinic. It treated farmworkers for free until 1970.',
			'1970',
			'Clinic treated farmworkers for free'
		],
		[
			// A body named by the sentence before, whose "it" is no object, is still the "It".
			'The FBI took over the inquiry in 1991. In 2015 it reopened the case after a tip.',
			'2015',
			'FBI reopened case after tip'
		]
	])('%s (%s) → %s', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});
});

describe('"they" and an inner "his" or "her" across a sentence about someone (titles XII)', () => {
	it.each([
		// A group of people by its noun is "they"; a name ending in s takes the apostrophe alone.
		[
			'The Minneapolis quartet formed in 1994. They toured with R.E.M. in 2000.',
			'2000',
			'Minneapolis quartet toured with R.E.M.'
		],
		['The couple married in 1970. They divorced in 1980.', '1980', 'Couple divorced'],
		[
			'The Lanterns formed in 1994. Their second album went platinum in 1999.',
			'1999',
			'Lanterns’ second album went platinum'
		],
		[
			'Detectives reopened the Marsh case in 2019. Martin Keane, a retired banker, had been questioned in 1988. They searched his farm in May.',
			'May',
			'Detectives searched Martin Keane’s farm'
		],
		[
			'The Ravens finished last in 2021. They hired Ana Ruiz as coach in January 2022. She had never coached a professional team. The club extended her contract in March.',
			'March',
			'Club extended Ana Ruiz’s contract'
		],
		[
			// A sentence about no one between does not end the story of "her".
			'Edna Pruitt grew up in Wichita. She returned to Kansas in 1946 and opened a clinic. It treated farmworkers for free until 1970. She died in 2001.',
			'2001',
			'Edna Pruitt died'
		],
		[
			// "his" of the title's own subject stays.
			'Owen Pike joined the club in 2019. Pike scored his first goal in March.',
			'March',
			'Pike scored his first goal'
		]
	])('%s (%s) → %s', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});
});

describe('an "it" the story acted on, named by what was acted on (titles XII)', () => {
	const tax =
		'Mayor Joan Ellis proposed the tax in March. Her deputy, Frank Moore, opposed it. The council passed it in June, and its first payments came due in October.';
	it.each([
		[tax, 'June', 'Council passed tax'],
		// A second clause's "its" after a first clause that acted on "it" is that "it".
		[tax, 'October', 'Tax’s first payments came due'],
		[
			'The Kessler family sold the team in 2004. Its new owner, Dan Hale, moved it to Denver in 2006. He sold it in 2015.',
			'2015',
			'Dan Hale sold team'
		],
		[
			// A detective is a person, by the office before the name.
			'Detective Maria Ruiz took over the case in 2010. She retired in 2018.',
			'2018',
			'Maria Ruiz retired'
		]
	])('%s (%s) → %s', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});
});

describe('a saying dated before its "that" names who said what (titles XII)', () => {
	it.each([
		[
			'The coach said after the game on Saturday that Pike had broken his wrist.',
			'Saturday',
			'Coach said Pike had broken his wrist'
		],
		[
			// A noun's description before its verb goes, as a name's does.
			'Police said Monday that the driver, a 42-year-old man from Dayton, had been arrested.',
			'Monday',
			'Police said driver arrested'
		],
		[
			'In a statement on Wednesday, the agency said it had fined the airline $2 million.',
			'Wednesday',
			'Agency said it had fined airline $2 million'
		]
	])('%s (%s) → %s', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});
});

describe('a person is named by a person, not by a body that holds her name (titles XIII)', () => {
	it.each([
		[
			// A surname the story gives a person, opening a longer name, makes that name a body's.
			'Ama Osei founded Osei Freight in 1998. She stepped down in 2019.',
			'2019',
			'Ama Osei stepped down'
		],
		[
			// …and a body's name opening the sentence between is about no one.
			'Ama Osei founded Osei Freight in 1998. Osei Freight grew to 200 trucks by 2010. She stepped down in 2019.',
			'2019',
			'Ama Osei stepped down'
		],
		[
			// One sentence about no one may stand between a name and its "she".
			'Ama Osei founded Osei Freight in 1998 with two trucks. The company grew quickly. She stepped down in 2019.',
			'2019',
			'Ama Osei stepped down'
		],
		[
			// A kin by a possessive, named by a first name only, is who "he" is.
			'Ruth Dunn ran the farm. Her husband, Tom, fixed the tractors for 40 years. He died in 2011.',
			'2011',
			'Tom died'
		],
		[
			// A marriage after a short opening tells the other one's sex.
			'Harriet Vance earned a degree in 1960. Two years later she married Paulo Reis, a fisherman. He died in 2003.',
			'2003',
			'Paulo Reis died'
		],
		[
			// A possessive inside a title whose subject is a group is named.
			'Nurses protested outside the office of Dean Carla Weiss. They began demanding her dismissal in March.',
			'March',
			'Nurses began demanding Dean Carla Weiss’s dismissal'
		]
	])('%s (%s) → %s', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});
});

describe('a kin of hers who tells of her is not the "she" an obituary goes on about', () => {
	it.each([
		[
			'Eleanor Whitcomb, a chemist who helped develop the first home pregnancy test, died on Tuesday at her home in Madison, Wis. She was 91.\n\nHer daughter, Susan Whitcomb, said the cause was pneumonia.\n\nBorn in Duluth, Minn., in 1934, she studied chemistry at the University of Minnesota. She joined Warner Laboratories in 1960.',
			'1960',
			'Eleanor Whitcomb joined Warner Laboratories'
		],
		[
			'Harold Banks, the longtime conductor of the Riverside Symphony, died on Sunday. He was 88.\n\nHis son, Peter Banks, confirmed the death.\n\nHe joined the orchestra in 1961.',
			'1961',
			'Harold Banks joined orchestra'
		],
		[
			// A kin of the other sex may be the one: the rule is for a kin of the pronoun's own.
			'Ann Marsh ran the farm for 40 years. Her husband, Tom Marsh, said on Monday that the farm would be sold. He bought it in 1979.',
			'1979',
			'Tom Marsh bought farm'
		]
	])('%s (%s) → %s', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});
});
