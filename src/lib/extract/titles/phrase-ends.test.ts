import { describe, expect, it } from 'vitest';
import { wholePhrases } from './phrase-ends';
import { titleAt } from './title-at';

describe('a title never ends inside a phrase its cut opened, nor starts inside one', () => {
	it.each([
		[
			// A clause's opener without its clause's verb: cut before where it opened.
			"The company's profit in 2024 rose to more than double what analysts at three large banks had forecast.",
			'2024',
			"Company's profit rose to more than double"
		],
		[
			// A negation whose "because" the cut left.
			'She said in 1962 that the team chose to build the stadium not because it was cheap but because it was needed.',
			'1962',
			'She said team chose to build stadium'
		],
		[
			// A comma and the adverb that opened the next phrase.
			'Eleven hikers have died on the east face since 2010, the last in February 2022, when a cornice collapsed.',
			'February 2022',
			'Eleven hikers died on east face since 2010'
		],
		[
			// A fronted appositive before the name it tells of.
			'A two-time Olympic champion in the sprint, Marta Keller retired in 2019 after a knee injury.',
			'2019',
			'Marta Keller retired after knee injury'
		],
		[
			'A former world champion in the downhill, Greta Lind lost her sponsorship in 2021 after a doping test came back positive.',
			'2021',
			'Greta Lind lost her sponsorship'
		]
	])('%s (%s) → %s', (text, date, title) => {
		expect(titleAt(text, date)).toBe(title);
	});
});

describe('wholePhrases: where a phrase opens, and what a cut may leave', () => {
	it.each([
		// Ends on an opener: cut before where it opened.
		[
			'Studio released album, which sold',
			'The studio released the album, which sold two million copies.',
			'Studio released album'
		],
		[
			'Council voted to spend $4 million on bridge, first',
			"The council voted to spend $4 million on the bridge, first proposed by the mayor's office.",
			'Council voted to spend $4 million on bridge'
		],
		[
			'Airline to add two daily flights to Denver and one',
			'The airline will add two daily flights to Denver and one to Boise.',
			'Airline to add two daily flights to Denver'
		],
		[
			'Returns looked so much better than those',
			'Returns looked so much better than those of other pensions.',
			'Returns looked so much better'
		],
		[
			'Rocket put satellite into orbit around',
			'The rocket put a satellite into orbit around Mars.',
			'Rocket put satellite into orbit'
		],
		[
			'Nurse was hurt in bombing and',
			'A nurse was hurt in the bombing and a guard was killed.',
			'Nurse was hurt in bombing'
		],
		// Starts inside a fronted phrase: start after it.
		[
			'Paris, chain opened its first store',
			'In Paris, the chain opened its first store in 2012.',
			'Chain opened its first store'
		],
		// A relative right after the subject opens no trailing phrase, and no cut leaves no verb.
		[
			'Residents who live near the plant there want answers',
			'Residents who live near the plant there want answers, the mayor said.',
			'Residents who live near the plant there want answers'
		],
		[
			'Nurses who treated the miners there',
			'Nurses who treated the miners there said on Monday that they were exhausted.',
			'Nurses who treated the miners there'
		],
		// Whole phrases stay.
		['Dana Whitlock took over', 'Dana Whitlock took over in May.', 'Dana Whitlock took over'],
		['Alvarez will be sworn in', 'Alvarez will be sworn in on Jan. 2.', 'Alvarez will be sworn in'],
		['Work fell behind', 'Work fell behind in August.', 'Work fell behind'],
		[
			"School's principal, Joan Reyes, said",
			"The school's principal, Joan Reyes, said on Monday that it would close.",
			"School's principal, Joan Reyes, said"
		],
		[
			'Board will decide whether to sell building',
			'The board will decide in May whether to sell the building.',
			'Board will decide whether to sell building'
		],
		[
			'Rescuers stopped digging because of loose rock',
			'Rescuers stopped digging on Tuesday because of loose rock.',
			'Rescuers stopped digging because of loose rock'
		],
		[
			'His car found abandoned at Newark, N.J., airport',
			'His car was found abandoned at the Newark, N.J., airport in December.',
			'His car found abandoned at Newark, N.J., airport'
		],
		[
			"Play, Whalers' Daughters, will run",
			"The play, Whalers' Daughters, will run through June.",
			"Play, Whalers' Daughters, will run"
		],
		[
			'At Fenwick Drum School, Walter Fenwick taught 3,000 students',
			'At the Fenwick Drum School, Walter Fenwick taught 3,000 students.',
			'At Fenwick Drum School, Walter Fenwick taught 3,000 students'
		],
		['Mayor: ‘We will not’', 'The mayor said: "We will not."', 'Mayor: ‘We will not’']
	])('%s → %s', (title, sentence, whole) => {
		expect(wholePhrases(title, sentence)).toBe(whole);
	});
});
