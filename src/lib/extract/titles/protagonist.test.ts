import { describe, expect, it } from 'vitest';
import { titleAt } from './title-at';

describe('a profile’s or an obituary’s "he" or "she" is the person it is about', () => {
	it.each([
		[
			// A "she" inside a quotation is not its speaker, whose sex nothing tells.
			'Miriam Okafor-Lund, an astronomer, died on Friday in Tucson. She was 81. "She didn\'t care who was first," Dr. Reyes said on Sunday. She was elected to the academy in 2003.',
			'2003',
			'Miriam Okafor-Lund was elected to academy'
		],
		[
			// …nor a man the story names nearer: "Paul" tells his sex.
			'Miriam Okafor-Lund, an astronomer, died on Friday in Tucson. She was 81. She shared the credit with a graduate student, Paul Reyes. "She didn\'t care who was first," Dr. Reyes said on Sunday. She was elected to the academy in 2003.',
			'2003',
			'Miriam Okafor-Lund was elected to academy'
		],
		[
			'Ruth Calloway, who taught Latin at Eastfield High for 40 years, died on Sunday. She was 88. Her former student, Mark Ellis, now the school\'s principal, remembered her as strict but kind. "She made us stand when we got an answer wrong," Mr. Ellis said. She retired in 1999.',
			'1999',
			'Ruth Calloway retired'
		]
	])('%s (%s) → "%s"', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});

	it.each([
		[
			// One who writes of the man the obituary is about is not the "he" after it.
			'Walter Atherley, a stage actor, died on Tuesday. He was 91. Mr. Atherley was born in Leeds. In New York he shared an apartment with the playwright Daniel Frost. Frost later wrote that Mr. Atherley "could frighten a room by standing still." He married the actress June Pelham in 1958.',
			'1958',
			'Atherley married actress June Pelham'
		],
		[
			// …nor one who tells of "him": the player the report is about.
			"Kofi Mensah scored twice on Saturday as Hallam United beat Rovers 2-1. Hallam's manager, Tom Bell, said the club had watched him for two seasons. He scored his first goal for the club in August.",
			'August',
			'Kofi Mensah scored his first goal for club'
		],
		[
			// A speaker who tells of a "he" that may be himself is the "he" after it, as before.
			'Tom Reed, the mayor of Dalton, said on Monday that he would not run again. He was first elected in 2010.',
			'2010',
			'Tom Reed was first elected'
		]
	])('one who tells of someone else: %s (%s) → "%s"', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});

	it('gives way to someone else of that sex who stands nearer', () => {
		expect(
			titleAt(
				'Ruth Calloway, who taught Latin at Eastfield High for 40 years, died on Sunday. She was 88. Her sister, Anne Calloway Price, ran the school library. She retired in 1999.',
				'1999'
			)
		).toBe('Anne Calloway Price retired');
	});
});

describe('a profile’s main person is found past kin who share the surname and words that are no one', () => {
	it.each([
		[
			// The mother shares the surname; "Chess" of a club and a quoted "She" are no one.
			'Priya Raman became a grandmaster on Jan. 28 in Reykjavik. Her parents, Arun and Meena Raman, did not play chess. They bought a set at a garage sale in 2018. A coach at the Evanston Chess Club, Dmitri Volkov, saw her play that fall. "She sees when she is tired," he said. The path was not smooth. In 2022 she lost eleven straight rated games.',
			'2022',
			'Priya Raman lost eleven straight rated games'
		],
		[
			// A "he" after a kin of the surname is that kin, the one of its sex.
			'Anna Kessler will stay on as president of Kessler Dairy. She took over from her father, Paul Kessler, in 2015. He still owns about a third of the shares and said on Tuesday that he had voted for the sale.',
			'Tuesday',
			'Paul Kessler said he had voted for sale'
		]
	])('%s (%s) → "%s"', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});
});

describe('a spouse named in a marriage is the "she" or "he" after it', () => {
	it.each([
		[
			// A wife named in a marriage, past a sentence about no one, is the "she"; never a woman
			// quoted paragraphs before.
			'Gordon Hale, an actor, died on Thursday. He was 88. "He was the kindest man on any set," said Kate Moss, who played his daughter. Mr. Hale was born in Dayton and served in the Army. He married the actress Ann Roe in 1962. The couple had two sons. She died in 2015.',
			'2015',
			'Ann Roe died'
		],
		[
			// …and so in the marriage's own sentence, a month that is a first name ("June") being
			// her name, not a time.
			'Gordon Hale, an actor, died on Thursday. He was 88. "He was the kindest man on any set," said Kate Moss, who played his daughter. He married the actress June Pelham in 1962; she died in 2015.',
			'2015',
			'June Pelham died'
		],
		[
			// …and where the marriage cannot be reached surely, the pronoun stays.
			'Gordon Hale, an actor, died on Thursday. He was 88. "He was the kindest man on any set," said Kate Moss, who played his daughter. He married the actress Ann Roe in 1962. His brother, Tom Hale, ran the family farm. She died in 2015.',
			'2015',
			'She died'
		]
	])('%s (%s) → "%s"', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});
});

describe('the name one was born with is no one else', () => {
	it.each([
		[
			'Mary Blake, a nurse, died on Monday. She was 90. Born Mary Ellen Price in Derby on May 2, 1936, she was the daughter of a miner. She qualified as a nurse in 1957.',
			'1957',
			'Mary Blake qualified as nurse'
		]
	])('%s (%s) → "%s"', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});
});

describe('a lone surname is of the sex its first name tells, whatever pronoun follows it', () => {
	it.each([
		[
			// "Webb said she …" tells of someone else: Webb is Marcus Webb.
			'Ebony Clarke won the 200 meters on Sunday. Clarke, 24, trains in Florida under Marcus Webb. Webb said she had been slowed by a hamstring injury. She won her first national title in 2022.',
			'2022',
			'Clarke won her first national title'
		]
	])('%s (%s) → "%s"', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});
});

describe('"they" after two people joined is those two', () => {
	it.each([
		[
			'Priya Natarajan and Jonas Weil started the company in a garage in 2019. They raised their first outside money in 2021.',
			'2021',
			'Natarajan and Weil raised their first outside money'
		],
		[
			'Ana Ruiz and Tom Bell founded the bakery in 2010. The shop grew quickly. They opened a second store in 2014.',
			'2014',
			'Ruiz and Bell opened second store'
		]
	])('%s (%s) → "%s"', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});
});

describe('a "he" or "she" right after two people joined who could each be it stays', () => {
	it.each([
		[
			// Either man: a lone surname and a teammate named.
			'Price and his teammate Carl Reid were injured in the same game. He had surgery in October.',
			'October',
			'He had surgery'
		],
		[
			'Tom Reed and Carl Price founded the firm in 1990. He left it in 2001.',
			'2001',
			'He left firm'
		]
	])('%s (%s) → "%s"', (text, date, title) => {
		expect(titleAt(text, date, '2025-12-08')).toBe(title);
	});

	it.each([
		[
			// One of the two is of the other sex.
			'Brian Holt, a cellist, has died aged 88. Holt and his wife, Ann, moved to Bath in 1970. He died at a hospice there on Tuesday.',
			'Tuesday',
			'Holt died at hospice there'
		]
	])('%s (%s) → "%s"', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});
});

describe('a sports report’s player is its "he" and "him" past a coach who speaks of him', () => {
	it.each([
		[
			// The manager quoted speaks of a "he": no "he" of his own after.
			'Diego Ortiz scored twice on Saturday as Brighton beat Harlow 3-1. "He has worked so hard for this," said the manager, Tom Wells. He injured his knee in 2019.',
			'2019',
			'Diego Ortiz injured his knee'
		],
		[
			// An object "him" no sentence near names is the player; an owner is no head.
			'Diego Ortiz scored twice on Saturday as Brighton beat Harlow 3-1. "He has worked so hard for this," said the manager, Tom Wells. The club\'s owners signed him in 2018 from Boca Juniors.',
			'2018',
			"Club's owners signed Diego Ortiz from Boca Juniors"
		]
	])('%s (%s) → "%s"', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});

	it('keeps "him" where two men could be the one the story is about', () => {
		const text =
			"Diego Ortiz and Carl Reid scored on Saturday as Brighton beat Harlow 3-1. The club's owners signed him in 2018.";
		expect(titleAt(text, '2018')).toBe("Club's owners signed him");
	});
});

describe('the "he" or "she" after a birth phrase is the one the story opens with', () => {
	it.each([
		[
			// A woman quoted between: the birth tells whom the sentence is about.
			'Mary Dunn, a chemist, died on Thursday in Cincinnati. She was 87. Her colleague Ruth Adler said she was the best chemist she knew. Born Mary Ellen Kovac in Toledo, she graduated from Ohio State in 1961.',
			'1961',
			'Dunn graduated from Ohio State'
		],
		[
			'Ngozi Okafor, a chemist, died on Thursday in Cincinnati. She was 87. Her colleague Ruth Adler said she was the best chemist she knew. Born in Lagos, she graduated from Ohio State in 1961.',
			'1961',
			'Okafor graduated from Ohio State'
		]
	])('%s (%s) → "%s"', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});

	it('keeps the pronoun where the story opens with no one of its sex', () => {
		const text =
			'The Cincinnati Chemical Society will name its new hall for a chemist who died in May. Her colleague Ruth Adler said she was the best chemist she knew. Born in Lagos, she graduated from Ohio State in 1961.';
		expect(titleAt(text, '1961')).toBe('She graduated from Ohio State');
	});
});

describe('a "he" or "she" right after someone else’s saying in a story about another stays', () => {
	it('is no speaker who gives no sign he tells of another', () => {
		const text =
			'Brian Holt, the cellist whose warm sound made him a favourite of festival crowds, has died aged 88. The conductor Simon Hale said he had never heard a finer player. He died at a hospice in Bath on Tuesday.';
		expect(titleAt(text, 'Tuesday', '2026-07-09')).toBe('He died at hospice in Bath');
	});

	it.each([
		[
			// The speaker is the one the story opens with.
			'Mayor Tom Reed said on Monday that he would not run again. He was first elected in 1998.',
			'1998',
			'Tom Reed was first elected'
		],
		[
			// A sign that the speaker tells of another: the main person goes on.
			'Kofi Mensah scored twice on Saturday as Hallam United beat Rovers 2-1. Hallam’s manager, Tom Bell, said the club had watched him for two seasons. He scored his first goal for the club in August.',
			'August',
			'Kofi Mensah scored his first goal for club'
		]
	])('%s (%s) → "%s"', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});
});

describe('a "They" that founds or forms a body is not that body', () => {
	it('keeps "They" where the body is all it could be', () => {
		const text =
			"The Hollow Pines will play their last concert on Saturday in Duluth. The band's singer, Erik Dahl, grew up with the bassist, Sam Ortega, and the drummer, Ben Ruiz, in Superior, Wis. They formed the band in 2008.";
		expect(titleAt(text, '2008', '2026-09-20')).toBe('They formed band');
	});
});

describe('whom a "she" married is a man, and no other woman the obituary could be about', () => {
	it.each([
		[
			'Siân Pritchard, the harpist, died on Tuesday. She was 81.\n\nShe married the composer Alun Hughes in 1975. He died in 2009.\n\nIn 1988 she founded a summer school for young harpists in Machynlleth.',
			'1988',
			'Siân Pritchard founded summer school for young harpists in Machynlleth'
		],
		[
			'Siân Pritchard, the harpist, died on Tuesday. She was 81.\n\nShe married the composer Alun Hughes in 1975. He died in 2009.',
			'2009',
			'Alun Hughes died'
		]
	])('%s (%s) → "%s"', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});
});
