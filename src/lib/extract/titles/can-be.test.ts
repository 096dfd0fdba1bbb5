import { describe, expect, it } from 'vitest';
import { canBe, kindOf } from './can-be';
import { titleAt } from './title-at';

describe('a pronoun is named only by what it can be', () => {
	it.each([
		[
			// A horse is the subject of the sentence before, and never shown to be a person.
			'Jenna Ruiz rode Silver Comet to victory at Keeneland Downs on Saturday. Silver Comet had finished last in April. She trained with coach Dan Pike in 2024.',
			'2024',
			'She trained with coach Dan Pike'
		],
		[
			'Jenna Ruiz won the Oaks on Saturday aboard Silver Comet. Silver Comet was bred in Kentucky in 2021. She won her first race in 2023.',
			'2023',
			'She won her first race'
		],
		[
			// A holiday is no "she": the rule after it finds the runner.
			'Nora Quinn ran the Boston Marathon in April. A storm on Christmas Eve had pushed her training back. She ran 30 miles a week in January.',
			'January',
			'Nora Quinn ran 30 miles a week'
		],
		[
			// An investor's firm is no "he".
			'Kestrel Labs raised $40 million in March. Harbor Ventures led the round. He had invested in the company in 2023.',
			'2023',
			'He had invested in company'
		],
		[
			// A person is no "it" (the "him", no one else of his sex named, is the one the story
			// opens with).
			'Tom Reyes grew up near Fresno. Fresno Unified hired Reyes in 2001. It promoted him to principal in 2010.',
			'2010',
			'It promoted Tom Reyes to principal'
		],
		[
			// A name the sentence's "him" may be is no "she" whose sex nothing tells.
			'Tom Walsh coached the Hawks for a decade. Reed hired him in 2010. She fired him in March.',
			'March',
			'She fired Tom Walsh'
		],
		[
			// Who founded the company is named, never the company.
			'Margaret Hale, who founded Hale Bakery in 1962, died on Sunday. Hale Bakery grew to 40 stores by 1980. She sold it in 1990.',
			'1990',
			'Margaret Hale sold Hale Bakery'
		],
		[
			// The man the sentence's "he" is stands beside her: she may still be named (by her full
			// name, as the surname is his too).
			'Ruth Ellery, a marine biologist, died on Sunday. Dr. Ellery studied whales for 40 years. She married the painter Walter Ellery in 1961; he died in 2015.',
			'1961',
			'Ruth Ellery married painter Walter Ellery'
		],
		[
			// A copula that tells a person: "The woman … was <name>".
			'The judges named the winner of the Harlan Prize on Monday. The woman on the stage was Adaeze Okafor-Lund. Her first novel sold fewer than 900 copies in 1998.',
			'1998',
			'Adaeze Okafor-Lund’s first novel sold fewer than 900 copies'
		],
		[
			// …and a surname repeated after it.
			'The judges named the winner of the Harlan Prize on Monday. The woman on the stage was Adaeze Okafor-Lund. Okafor-Lund thanked her publisher first. Her first novel sold fewer than 900 copies in 1998.',
			'1998',
			'Adaeze Okafor-Lund’s first novel sold fewer than 900 copies'
		],
		[
			// A profession in apposition, its head before what tells more of it.
			'The judges named the winner of the Harlan Prize on Monday. It went to Adaeze Okafor-Lund, the Lagos-born screenwriter whose films few critics had seen. Her first novel sold fewer than 900 copies in 1998.',
			'1998',
			'Adaeze Okafor-Lund’s first novel sold fewer than 900 copies'
		],
		[
			// A "she" in a clause under the name's own, after a fronted phrase.
			'The Harlan Prize went to a writer from Lagos on Monday. By 2001, Adaeze Okafor-Lund was already famous when she left for London. Her first novel had sold 900 copies in 1998.',
			'1998',
			'Adaeze Okafor-Lund’s first novel sold 900 copies'
		],
		[
			// A surname as a modifier after "the" ("the Maron archive") is no body's name.
			'The woman was Ilse Maron, the Hungarian-born novelist who fled Vienna in 1938. Maron was already famous when she left. Her first novel won the Kessler Prize in 1934. Her nephew wrote to the Maron archive at Columbia University in January 2024.',
			'1934',
			'Maron’s first novel won Kessler Prize'
		],
		[
			'Coach Ellen Marsh led the team to the title on Sunday. The Hawks had lost the final in 2023. She signed a new contract in May.',
			'May',
			'Ellen Marsh signed new contract'
		]
	])('%s (%s) → %s', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});
});

describe('kindOf: what the text shows a name to be', () => {
	it.each([
		['Keeneland Downs', 'Jenna Ruiz won at Keeneland Downs.', 'place'],
		['Portland', 'Ann Lee moved to Portland in 1990.', 'place'],
		['Flagstaff', 'She trained in Flagstaff for a year.', 'place'],
		['Hale Bakery', 'Margaret Hale founded Hale Bakery.', 'body'],
		['Orpheum', 'Dana Cole bought the Orpheum in 2019.', 'body'],
		['Maron', 'Maron wrote novels. Her nephew wrote to the Maron archive.', 'person'],
		['Maron', 'Ms. Maron wrote novels. Her nephew wrote to the Maron archive.', 'person'],
		['Acme', 'Acme said on Monday that it would cut jobs.', 'body'],
		['Ann Lee', 'The mayor, Ann Lee, opened the bridge.', 'person'],
		['Orr', 'Orr, a 34-year-old physiotherapist from Stonehaven, rowed on.', 'person'],
		['Lee', 'Dr. Lee opened the bridge.', 'person'],
		['Robin Hale', 'Robin Hale testified on Monday.', 'person'],
		['Ann Lee', 'The woman on the stage was Ann Lee.', 'person'],
		['Ann Lee', 'Ann Lee was a nurse at the clinic.', 'person'],
		['Ann Lee', 'It went to Ann Lee, the Lagos-born screenwriter whose films won.', 'person'],
		['Ann Lee', 'By 2001, Ann Lee was famous when she left.', 'person'],
		['Robin Hale', 'Robin Hale said on Monday that it would appeal.', 'body'],
		['Silver Comet', 'Jenna Ruiz rode Silver Comet. Silver Comet had finished last.', 'unknown'],
		['filly Silver Comet', 'The filly Silver Comet won.', 'body'],
		['drivers', 'The drivers walked off the job.', 'group'],
		// (A role after "will" is a verb, no office before a name.)
		['Ireland', 'Tomas Reilly will captain Ireland on Saturday.', 'unknown']
	])('%s in "%s" is a %s', (name, text, kind) => {
		expect(kindOf(name, text)).toBe(kind);
	});

	it('counts a saying a person’s only for a full name, and never in the strict reading', () => {
		expect(kindOf('Voltra', 'Voltra said on Monday that sales fell.')).toBe('unknown');
		expect(kindOf('Ana Ortiz', 'Ana Ortiz said she was worried.', true)).toBe('person');
		expect(kindOf('Reed Marsh', 'Reed Marsh said sales fell.', true)).toBe('unknown');
	});
});

describe('canBe: each pronoun names only what it can stand for', () => {
	const sentences = (...s: string[]) => s;
	it.each([
		['She', 'Silver Comet', sentences('She won.', 'Silver Comet had finished last.'), false],
		['She', 'Ann Lee', sentences('She won.', 'The mayor, Ann Lee, spoke.'), true],
		['her', 'Portland', sentences('It gave her a job.', 'Ann Lee moved to Portland.'), false],
		['It', 'Ann Lee', sentences('It opened.', 'The mayor, Ann Lee, spoke.'), false],
		['It', 'Acme', sentences('It opened.', 'Acme said it would hire.'), true],
		['They', 'Portland', sentences('They won.', 'Ann Lee moved to Portland.'), false],
		['They', 'Hawks', sentences('They won.', 'The Hawks played.'), true],
		['She', 'Tom Bell', sentences('She won.', 'Coach Tom Bell spoke.'), false],
		['She', 'Reed', sentences('She fired him.', 'Reed testified.'), false],
		['She', 'Ms. Reed', sentences('She fired him.', 'Ms. Reed testified.'), true]
	])('%s → %s: %s', (pronoun, candidate, s, can) => {
		expect(canBe(pronoun, candidate, s)).toBe(can);
	});
});
