import { describe, expect, it } from 'vitest';
import { speakerOfAnother } from './spoken-of';

describe('a speaker who tells of someone else of a sex', () => {
	it.each([
		[
			'Hallam’s manager, Tom Bell, said the club had watched him for two seasons.',
			'male',
			'Hallam’s manager, Tom Bell,'
		],
		[
			'Her coach, Marta Gil, said the club had signed her at 15.',
			'female',
			'Her coach, Marta Gil,'
		],
		[
			'Frost later wrote that Mr. Atherley "could frighten a room by standing still."',
			'male',
			'Frost'
		],
		['Kline said Ms. Okafor-Hale had read every budget since 1970.', 'female', 'Kline'],
		// A quotation before its speaker: the speaker tells of himself as "I", so a quoted "he" is
		// someone else.
		[
			'"He has worked so hard for this," said the manager, Tom Wells.',
			'male',
			'the manager, Tom Wells'
		],
		['"She never missed a deadline," Kline said on Monday.', 'female', 'Kline']
	] as const)('%s (%s) → %s', (sentence, sex, speaker) => {
		expect(speakerOfAnother(sentence, sex)).toBe(speaker);
	});

	it.each([
		// A "he" in the saying may be the speaker himself.
		['Mayor Tom Reed said on Monday that he would not run again.', 'male'],
		// The speaker's own courtesy title.
		['Mr. Bell said Mr. Bell had done nothing wrong.', 'male'],
		// Of the other sex only.
		['Hallam’s manager, Tom Bell, said the club had watched him for two seasons.', 'female'],
		// A pronoun for a speaker.
		['He said the club had watched him for two seasons.', 'male'],
		// A quotation that tells of no one else of the sex.
		['"I never stopped believing," said the manager, Tom Wells.', 'male'],
		['"He has worked so hard," she said.', 'male']
	] as const)('no one else: %s (%s)', (sentence, sex) => {
		expect(speakerOfAnother(sentence, sex)).toBe(null);
	});
});
