import { describe, expect, it } from 'vitest';
import { datedTitles as titles } from '../testing/dated-titles';
import { ageLineSex } from './age-line';

describe('an age line after the sentence a name opens tells that person’s sex, whatever the first name', () => {
	it.each([
		['Nia Roberts, a headteacher, died on Monday. She was 84.', 'Nia Roberts', 'female'],
		[
			'Siân Pritchard, the harpist, died on Tuesday. She was 81. Her nephew confirmed it.',
			'Pritchard',
			'female'
		],
		[
			'Okon Bassey, a tailor, died on Friday. He is survived by a son. He was 90.',
			'Okon Bassey',
			null
		],
		['Rhodri Evans, 27, won on Sunday. He is 27.', 'Rhodri Evans', 'male'],
		// (A lone surname is the first full name the story gives it.)
		[
			'Nia Roberts died on Monday. She was 84. She married Emrys Roberts in 1964.',
			'Roberts',
			'female'
		],
		// (Someone else's sentence before the line tells nothing of this one.)
		[
			'Nia Roberts died on Monday. Her husband, Emrys Roberts, said so. He was 86.',
			'Emrys Roberts',
			null
		]
	])('%s → %s is %s', (text, person, sex) => {
		expect(ageLineSex(person, text)).toBe(sex);
	});
});

describe('an obituary’s subject of an unknown first name is its "she", and never a later "he"', () => {
	it.each([
		[
			'Siân Pritchard, the harpist who led the orchestra’s string section, died on Tuesday. She was 81.\n\nHer nephew, Gareth Pritchard, confirmed the death.\n\nBorn in Scranton, Pennsylvania, she moved to Wales as a child. She joined the orchestra in 1967.',
			'1967 Siân Pritchard joined orchestra'
		],
		[
			'Nia Roberts, a headteacher who ran Ysgol Glan Taf for 25 years, died on Monday in Cardiff. She was 84.\n\nRoberts grew up in Merthyr Tydfil, the daughter of a miner.\n\nShe trained as a teacher in Bangor and married Emrys Pugh in 1964. He died in 2011.',
			'2011 He died'
		],
		// A lone surname two people of the story bear is the full name it stood for, where the
		// title names the other too.
		[
			'Nia Roberts, a headteacher, died on Monday in Cardiff. She was 84.\n\nRoberts grew up in Merthyr Tydfil.\n\nShe trained as a teacher in Bangor and married Emrys Roberts in 1964.',
			'1964 Nia Roberts married Emrys Roberts'
		]
	])('%s', (text, want) => {
		expect(titles(text)).toContain(want);
	});
});
