import { describe, expect, it } from 'vitest';
import { openingDescription } from './descriptions';
import { titleAt } from './title-at';

describe('a description of a person is named by the name the story gave', () => {
	it.each([
		[
			// An age, after the sentence that names the one person.
			'Orbis Health said on Monday that its chief executive, Dana Whitfield, would step down at the end of March. The 58-year-old joined Orbis in 2009 as its finance chief.',
			'2009',
			'Whitfield joined Orbis as its finance chief'
		],
		[
			// A nationality of a man, after a name of a particle and no first name the table knows.
			'Joris van Dam won the third stage of the Tour of Britain on Wednesday. The Dutchman won the race overall in 2022.',
			'2022',
			'Van Dam won race overall'
		],
		[
			// A sport's role; a team after "the" is no person.
			'Nick Ferraro pitched seven scoreless innings on Friday night as the Harbor City Hawks beat Denver 3-0. The veteran right-hander signed with the Hawks in 2021.',
			'2021',
			'Ferraro signed with Hawks'
		],
		[
			// A player's position, after an age.
			'Kofi Mensah scored twice on Saturday as Hallam United beat Rovers 2-1. The 22-year-old forward joined Hallam from Leeds in 2024.',
			'2024',
			'Mensah joined Hallam from Leeds'
		],
		[
			// An office, where the sentence tells it of the person; a son of the same surname keeps
			// the whole name.
			'Ruth Alder, a Democrat who represented Vermont in the Senate for 18 years, died on Saturday. The former senator was first elected in 1986. Her son, Peter Alder, said the cause was heart failure.',
			'1986',
			'Ruth Alder was first elected'
		],
		[
			// The age the story gives beside a name ties it, among two people.
			'Maria Lopez, 19, beat Ana Ruiz, 27, in the final on Sunday. The 19-year-old turned professional in 2024.',
			'2024',
			'Lopez turned professional'
		],
		[
			// A person's height makes any noun a person; "will captain" is a verb, no office.
			'Tomas Reilly will captain Ireland for the first time on Saturday against Wales. The 6ft 5in lock made his debut for Munster in 2017.',
			'2017',
			'Reilly made his debut for Munster'
		],
		[
			'Dara Okonkwo scored 31 points on Friday as Hartford beat Trenton. The 6-foot-9 center signed with Hartford in 2023.',
			'2023',
			'Okonkwo signed with Hartford'
		]
	])('%s (%s) → %s', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});
});

describe('a description of a ship or a theatre is named by its name', () => {
	it.each([
		[
			// A ship by its length, tied to the name in apposition.
			'The Caronia, the oldest passenger liner still at sea, will be broken up in Turkey this summer, her owners said on Wednesday. The 240-metre liner had first sailed in 1912.',
			'1912',
			'Caronia had first sailed'
		],
		[
			// A theatre is an institution, named by the one its sentence opens with.
			'The Lantern Theatre in Hebden Bridge will reopen on Friday after a two-year restoration. The 180-seat theatre was built in 1899 as a Methodist chapel.',
			'1899',
			'Lantern Theatre built as Methodist chapel'
		]
	])('%s (%s) → %s', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});

	it.each([
		[
			// A ship the text never ties to a name.
			'Harbour officials said on Wednesday that the Caronia would be broken up in Turkey. The 240-metre liner had first sailed in 1912.',
			'1912',
			'240-metre liner had first sailed'
		],
		[
			// A boat's length in feet is no person's height.
			'Tom Reed sailed out of Falmouth on Monday. The 40ft yacht was built in 1988 in Cowes.',
			'1988',
			'40ft yacht built in Cowes'
		]
	])('stays: %s (%s) → %s', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});
});

describe('a description of a company or an institution is named by its name', () => {
	it.each([
		[
			// A trade with a town: the company the sentence before opens with and calls "it".
			'Cirrus Logic said on Tuesday that it would cut 400 jobs. The Austin-based chipmaker cut 300 jobs in 2023.',
			'2023',
			'Cirrus Logic cut 300 jobs'
		],
		[
			// Back past a sentence about a person, to the company that opens a sentence.
			'Northgate Furniture said on Monday that it would close its plant in Dayton. Its chief executive, Tom Reyes, said demand had not recovered. The company opened the Dayton plant in 1988.',
			'1988',
			'Northgate Furniture opened Dayton plant'
		],
		[
			// The short name the story itself writes.
			'Altera Micro said on Wednesday that it would cut 4,000 jobs. Altera broke ground on a plant in Ohio in June. The company laid off 6,000 workers in 2009.',
			'2009',
			'Altera laid off 6,000 workers'
		],
		[
			// A museum named only in passing is not the one the story is about: the search goes on
			// past it.
			'The Harlow Museum will close on March 29. Its director, Naomi Petrakis, arrived in 2015 from the Museum of Fine Arts, Houston. In 2021 the museum bought a Winslow Homer painting.',
			'2021',
			'Harlow Museum bought Winslow Homer painting'
		],
		[
			// An institution by a name that holds an institution's word.
			"Harwell College, the oldest women's college in Ohio, said on Monday that it would close in May. The 184-year-old institution admitted its first men in 1971.",
			'1971',
			'Harwell College admitted its first men'
		]
	])('%s (%s) → %s', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});
});

describe('a possessive description is named as its owner', () => {
	it.each([
		[
			// A trade with a town, owning the subject.
			"Dunmore Outfitters said on Thursday that it would close 40 stores. The Ohio-based retailer's shares fell 31 percent in 2025.",
			'2025',
			'Dunmore Outfitters’ shares fell 31 percent'
		],
		[
			// An office no name is tied to is named by its owner.
			"Dunmore Outfitters said on Thursday that it would close 40 stores. The firm's chief executive resigned in August after an accounting review.",
			'August',
			'Dunmore Outfitters’ chief executive resigned after accounting review'
		],
		[
			// …and one a name is tied to, by that name.
			"Dunmore Outfitters said on Thursday that it would close 40 stores. Its chief executive, Tom Reyes, said sales had not recovered. The firm's chief executive joined in 2019.",
			'2019',
			'Reyes joined'
		]
	])('%s (%s) → %s', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});

	it.each([
		[
			// Two companies it could be.
			"Brightwater Foods agreed on Tuesday to buy Harlan Mills for $4.2 billion. The company's shares fell 5 percent in 2025.",
			'2025',
			"Company's shares fell 5 percent"
		],
		[
			// A title that names it already.
			"The Harlow Museum of Art and Industry will close on March 29, the museum's board announced on Monday.",
			'Monday',
			"Museum's board announced Harlow Museum of Art and Industry will close"
		]
	])('stays: %s (%s) → %s', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});
});

describe('a description that cannot be tied to one name stays', () => {
	it.each([
		[
			// Two people it could be.
			'Maria Lopez beat Ana Ruiz 6-4, 7-5 in the final of the Madrid Open on Sunday. The 19-year-old turned professional in 2024.',
			'2024',
			'19-year-old turned professional'
		],
		[
			// A lone surname the text never shows is a person, talking of two ("their").
			'Carlos Alcaraz beat Jannik Sinner in four sets on Sunday to win the U.S. Open. Sinner, the world No. 1, had won their previous meeting at Wimbledon in July. The Spaniard, who turned 22 in May, is the youngest man to win six major titles.',
			'May',
			'Spaniard turned 22'
		],
		[
			// An office many people in the story may hold, which the text never tells of the one
			// named.
			'Gerald Voss was convicted of fraud in May. The judge sentenced him to 12 years in June.',
			'June',
			'Judge sentenced Gerald Voss to 12 years'
		],
		[
			// Two companies it could be.
			'Brightwater Foods agreed on Tuesday to buy Harlan Mills for $4.2 billion. The company was founded in 1921 by two brothers.',
			'1921',
			'Company founded by two brothers'
		],
		[
			// An opening phrase's month is no company.
			'Kestrel Coffee reported its results on Tuesday. In January, the company cut 600 jobs. The company will report again on Feb. 3.',
			'Feb. 3',
			'Kestrel Coffee will report again'
		],
		[
			// A quotation's speaker may be whom the description tells, or someone speaking of them.
			'Kofi Mensah scored twice as Hallam United beat Rovers 2-1 on Saturday. "He is the best young player in the league," said the club\'s coach, Tom Bell. The 22-year-old joined Hallam in 2024.',
			'2024',
			'22-year-old joined Hallam'
		],
		[
			// A first name of the other sex.
			'Anna Berg won the sprint on Saturday. The Dutchman finished second in 2022.',
			'2022',
			'Dutchman finished second'
		],
		[
			// Another age than the story gives the name.
			'Orbis Health said on Monday that its chief executive, Dana Whitfield, 58, would step down. The 61-year-old joined Orbis in 2009.',
			'2009',
			'61-year-old joined Orbis'
		]
	])('%s (%s) → %s', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});

	it('is only a description the story writes with "the", before a verb', () => {
		expect(openingDescription('34-year-old man arrested', 'A 34-year-old man was arrested.')).toBe(
			null
		);
		expect(
			openingDescription(
				'American duties announced',
				'The American duties were announced on March 3.'
			)
		).toBe(null);
		expect(
			openingDescription(
				'Veteran right-hander signed with Hawks',
				'The veteran right-hander signed with the Hawks in 2021.'
			)?.words
		).toBe('Veteran right-hander');
	});
});

describe('a nationality is named by the one person of the story it can be', () => {
	it.each([
		[
			// One tied to another nation is not this one; the sentence may write modifiers the
			// title leaves ("The 34-year-old Dane").
			'Rasmus Vestergaard won the Dutch Open in Rotterdam on Sunday, two strokes clear of the Scot Ewan Munro. The 34-year-old Dane, who turned professional in 2011, shot a final round of 66.',
			'2011',
			'Vestergaard turned professional'
		],
		[
			// A nationality the text ties to a name, the name ending with its sentence.
			'Rasmus Vestergaard won the Dutch Open on Sunday, two strokes clear of the Scot Ewan Munro.\n\nMunro, the overnight leader, dropped three shots. The Scot won the title in 2022.',
			'2022',
			'Munro won title'
		],
		[
			// A description is no one's name: "The Irishman, 47," names no one, and the search goes
			// on to the sentence that does.
			'Connacht have appointed Declan Byrne as head coach, the club announced on Monday.\n\nThe Irishman, 47, spent four seasons at Leinster. The Irishman’s previous job ended in 2019.',
			'2019',
			'Byrne’s previous job ended'
		],
		[
			// A nationality before a full name is the name's.
			'Byrne replaces the Welshman Rhys Evans, who left in May.',
			'May',
			'Rhys Evans left'
		]
	])('%s (%s) → %s', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});

	it.each([
		// Two of one nation: the description stays.
		[
			'Brian Kiprop and Daniel Rotich finished first and second in the Valencia Marathon on Sunday, a Kenyan one-two.\n\nThe Kenyan, who is 27, made his marathon debut in Berlin in 2023.',
			'2023',
			'Kenyan made his marathon debut in Berlin'
		],
		// A body's name a nationality opens is the body's.
		[
			'The American Bakers Association asked Congress for a tax credit in May.',
			'May',
			'American Bakers Association asked Congress for tax credit'
		]
	])('keeps %s (%s) → %s', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});
});
