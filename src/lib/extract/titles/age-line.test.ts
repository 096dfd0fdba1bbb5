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

describe('a "she" or "he" of a clause in the sentence a name opens tells that person’s sex (issue 13, point 4)', () => {
	it.each([
		[
			'Maren Holt was 24 when she founded Brightwater in a garage in Bergen in 2011.',
			'Maren Holt',
			'female'
		],
		['Tunde Bakare joined the bank in 1998 and he ran it from 2010.', 'Bakare', 'male'],
		// Not after a saying, another person or a kin: either may be the one.
		['Maren Holt said on Monday that when she arrived the door was shut.', 'Maren Holt', null],
		['Maren Holt hired Ann Lee in 2011, and she ran the lab.', 'Maren Holt', null],
		['Maren Holt was 24 when her father died.', 'Maren Holt', null],
		// (A possessive name is someone else's subject: "Holt's father left when he was 40".)
		["Maren Holt's father left when he was 40.", 'Maren Holt', null]
	])('%s → %s is %s', (text, person, sex) => {
		expect(ageLineSex(person, text)).toBe(sex);
	});

	it('names a profile’s "she" told paragraphs later by its founder', () => {
		const text =
			"Maren Holt was 24 when she founded Brightwater, a company that makes water filters, in 2011.\n\nHer father, a fisherman, lent her 50,000 kroner. The first filters were sold in Kenya in 2012.\n\nGrowth was not smooth. A batch of faulty membranes forced a recall in 2016, and two investors pulled out. The company's chief engineer, Lars Aas, left for a rival.\n\nBy 2019 the company had 120 employees. Its filters now reach 40 countries.\n\nShe stepped down as chief executive in 2023 to run the company's foundation.";
		expect(titles(text)).toContainEqual(
			expect.stringContaining('Maren Holt stepped down as chief executive')
		);
	});
});
