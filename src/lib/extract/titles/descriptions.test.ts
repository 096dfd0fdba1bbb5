import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../events';
import { openingDescription } from './descriptions';

/** The title of the event whose date reads `date`, the story told on `published`. */
function titleAt(text: string, date: string, published = '2026-06-01'): string | undefined {
	const { events } = extractTimeline({ slug: 's', title: 't', source: 'unknown', text, published });
	return events.find((e) => e.start.text === date)?.title;
}

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
		]
	])('%s (%s) → %s', (text, date, title) => {
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
