/**
 * Who a pronoun opening what was said may be: "Officials said they want to cut rates" is the
 * officials, "Fiat said it would cut jobs" is Fiat, "Mayor Okafor said she would not run" is the
 * mayor; but "Prosecutors said she began writing checks" is not the prosecutors, and "Mr.
 * Lindqvist said she had filed the suit" not Mr. Lindqvist. A pronoun its speaker cannot be is
 * someone the story told before (`namePronoun` in subjects.ts), never the speaker.
 */

import { givenNameSex } from './given-names';

/** Speakers that are many people, which a "he" or "she" never is. */
const GROUPS = new Set(
	`prosecutors officials police investigators authorities detectives agents witnesses
	neighbors neighbours relatives lawyers attorneys experts analysts officers researchers
	scientists doctors residents organizers organisers critics supporters opponents managers
	executives regulators lawmakers legislators engineers firefighters deputies troopers
	authorities court documents records filings reports friends colleagues parents family
	families jurors`.split(/\s+/)
);

/** Bodies and things, which are "it" and never "he" or "she". */
const BODIES = new Set(
	`company firm group bank board council club team agency department ministry court
	commission committee union league school university hospital museum city county state town
	government administration airline carrier chain maker district office service`.split(/\s+/)
);

/** Words that make a speaker one person, who is never "it" or "they". */
const PERSON = new Set(
	`mr mrs ms miss dr judge mayor governor gov senator sen president chairman chairwoman
	spokesman spokeswoman coach captain chief director minister sheriff professor prof`.split(/\s+/)
);
const FEMALE_TITLES = new Set(['mrs', 'ms', 'miss', 'chairwoman', 'spokeswoman']);
const MALE_TITLES = new Set(['mr', 'chairman', 'spokesman']);

/**
 * Whether `pronoun` ("he", "she", "it", "they") opening what `speaker` said may be the speaker;
 * an unknown speaker may be (the rules before stand).
 */
export function mayBeSpeaker(speaker: string, pronoun: string): boolean {
	const words = speaker
		.replace(/[,.]/g, ' ')
		.trim()
		.split(/\s+/)
		.map((w) => w.toLowerCase());
	const last = words.at(-1) ?? '';
	const p = pronoun.toLowerCase();
	const group = GROUPS.has(last);
	const body = BODIES.has(last);
	const titled = words.find((w) => PERSON.has(w));
	const sex = words.some((w) => FEMALE_TITLES.has(w))
		? 'female'
		: words.some((w) => MALE_TITLES.has(w))
			? 'male'
			: firstNameSex(speaker);
	if (p === 'he' || p === 'she') {
		if (group || body) return false;
		return !sex || sex === (p === 'she' ? 'female' : 'male');
	}
	// A person is no "it" and no "they".
	return !titled && !sex;
}

/** The sex a first name in `speaker` tells, after any office: "Mayor Beth Okafor" → female. */
function firstNameSex(speaker: string): 'female' | 'male' | null {
	const words = speaker.replace(/,/g, ' ').trim().split(/\s+/);
	for (let k = 0; k < words.length - 1; k++) {
		const sex = givenNameSex(words.slice(k).join(' '));
		if (sex) return sex;
	}
	return null;
}
