/**
 * A date after "the N of X", where N is a noun of happening, dates that happening when the clause
 * around it only looks back at it: "Marsh pointed to the flooding of about 300 homes in March
 * 2022" is, for March 2022, "About 300 homes flooded", never "Marsh pointed to flooding of about
 * 300 homes" (the pointing was not in March 2022). The possessive case ("Kennedy's 1961
 * challenge") is `possessed.ts`'s; this is the "of" case, its X the one the happening befell.
 * Only after a word that looks back (a table below): "approved the sale of the hospital in 2018"
 * may date the approval, and is left to the clause rules.
 */

import { isPastVerb } from '../happenings';
import { possessiveEnding } from '../things';
import { givenNameSex } from './given-names';
import { FINITE, MARK, subjectOf } from './words';

/** Nouns of happening, and the verb a headline tells them by with their "of" X as subject. */
export const HAPPENINGS_OF: { noun: string; verb: string; example: string }[] = [
	{
		noun: 'flooding',
		verb: 'flooded',
		example: 'pointed to the flooding of about 300 homes in March 2022 → About 300 homes flooded'
	},
	{
		noun: 'collapse',
		verb: 'collapsed',
		example: 'prices fell after the collapse of Lehman Brothers in 2008 → Lehman Brothers collapsed'
	},
	{
		noun: 'closure',
		verb: 'closed',
		example: 'blamed the closure of the Ashby mill in 2023 for … → Ashby mill closed'
	},
	{
		noun: 'closing',
		verb: 'closed',
		example: 'has shrunk since the closing of the base in 1995 → Base closed'
	},
	{
		noun: 'opening',
		verb: 'opened',
		example: 'have doubled since the opening of the museum in 2019 → Museum opened'
	},
	{
		noun: 'sinking',
		verb: 'sank',
		example: 'the exhibit marks the sinking of the Titanic in 1912 → Titanic sank'
	},
	{
		noun: 'destruction',
		verb: 'destroyed',
		example: 'the museum recalls the destruction of the old pier in 2005 → Old pier destroyed'
	},
	{
		noun: 'demolition',
		verb: 'demolished',
		example: 'residents mourned the demolition of the tower in 2014 → Tower demolished'
	},
	{
		noun: 'failure',
		verb: 'failed',
		example: 'recalled the failure of the dam in June 1976 → Dam failed'
	},
	{
		noun: 'fall',
		verb: 'fell',
		example: 'after the fall of the Berlin Wall in 1989 → Berlin Wall fell'
	},
	{
		noun: 'death',
		verb: 'died',
		example: 'the inquiry followed the death of a patient in May → Patient died'
	},
	{
		noun: 'disappearance',
		verb: 'disappeared',
		example: 'reopened the case after the disappearance of a student in 2009 → Student disappeared'
	},
	{
		noun: 'eruption',
		verb: 'erupted',
		example: 'since the eruption of Mount St. Helens in 1980 → Mount St. Helens erupted'
	},
	{
		noun: 'crash',
		verb: 'crashed',
		example: 'investigators are studying the crash of a cargo plane on Monday → Cargo plane crashed'
	},
	{
		noun: 'shooting',
		verb: 'shot',
		example: 'charged in the shooting of an unarmed man in 2023 → Unarmed man shot'
	},
	{
		noun: 'killing',
		verb: 'killed',
		example: 'protests followed the killing of George Floyd in May 2020 → George Floyd killed'
	},
	{
		noun: 'murder',
		verb: 'murdered',
		example: 'convicted of the murder of a shopkeeper in 2011 → Shopkeeper murdered'
	},
	{
		noun: 'assassination',
		verb: 'assassinated',
		example:
			'the war began after the assassination of Archduke Franz Ferdinand in June 1914 → Archduke Franz Ferdinand assassinated'
	},
	{
		noun: 'arrest',
		verb: 'arrested',
		example:
			'the protests grew after the arrest of an opposition leader on Friday → Opposition leader arrested'
	},
	{
		noun: 'release',
		verb: 'released',
		example: 'welcomed the release of the hostages on Tuesday → Hostages released'
	},
	{
		noun: 'sale',
		verb: 'sold',
		example: 'enrollment fell after the sale of two buildings in 2019 → Two buildings sold'
	},
	{
		noun: 'founding',
		verb: 'founded',
		example: 'has grown tenfold since the founding of the company in 1998 → Company founded'
	}
];

/**
 * Words before "the N of X" after which the clause only looks back at the happening: a verb of
 * citing or remembering, or a preposition of time.
 */
export const LOOKING_BACK: { lead: string; example: string }[] = [
	{ lead: 'pointed to', example: 'Marsh pointed to the flooding of about 300 homes in March 2022' },
	{ lead: 'cited', example: 'the report cited the closure of two clinics in 2021' },
	{ lead: 'blamed', example: 'the council blamed the closure of the Ashby mill in 2023 for …' },
	{ lead: 'recalled', example: 'she recalled the sinking of the ferry in 1987' },
	{ lead: 'recalls', example: 'the museum recalls the destruction of the old pier in 2005' },
	{ lead: 'remembered', example: 'the town remembered the collapse of the mine in 1934' },
	{ lead: 'mourned', example: 'residents mourned the demolition of the tower in 2014' },
	{ lead: 'marks', example: 'the exhibit marks the sinking of the Titanic in 1912' },
	{ lead: 'marked', example: 'the town marked the opening of the bridge in 1932' },
	{ lead: 'commemorates', example: 'the plaque commemorates the founding of the town in 1788' },
	{ lead: 'studying', example: 'investigators are studying the crash of a cargo plane on Monday' },
	{ lead: 'investigating', example: 'police are investigating the death of a man on Sunday' },
	{ lead: 'after', example: 'prices fell after the collapse of Lehman Brothers in 2008' },
	{ lead: 'since', example: 'visitors have doubled since the opening of the museum in 2019' },
	{ lead: 'before', example: 'traffic was heavy before the opening of the bypass in 2019' },
	{ lead: 'following', example: 'the inquiry began following the death of a patient in May' },
	{ lead: 'amid', example: 'shares fell amid the collapse of the housing market in 2008' }
];

const ROWS = new Map(HAPPENINGS_OF.map((row) => [row.noun, row]));
const NOUNS = HAPPENINGS_OF.map((row) => row.noun).join('|');
const LEADS = LOOKING_BACK.map((row) => row.lead.replace(/\s+/g, String.raw`\s+`)).join('|');

/** Words that open another clause or phrase, which the noun's X does not run past. */
const NOT_IN_X =
	/^(?:that|which|who|whom|whose|when|where|while|and|or|but|as|because|after|before|since|until|for|than|to)$/i;

/** A preposition that opens a place after the X: "the flooding of 300 homes in Carlisle". */
const PLACE = /^(?:in|at|near|on|outside|along|across|off)$/i;

/**
 * The clause the date `mark` names after "the N of X" (see the tables), or null: "pointed to the
 * flooding of about 300 homes [in March 2022]" → "about 300 homes flooded".
 */
export function happeningOf(s: string, mark: string): string | null {
	if (!s.includes(mark) || !s.includes(' of ')) return null;
	const m = new RegExp(
		String.raw`(?:^|[^\p{L}])(?:${LEADS})\s+the\s+(${NOUNS})\s+of\s+([^,;:${MARK}]+?)\s+(?:(?:in|on|at|during|early|late)\s+)*${mark}`,
		'iu'
	).exec(s);
	if (!m) return null;
	const row = ROWS.get(m[1]!.toLowerCase());
	if (!row) return null;
	const words = m[2]!.split(/\s+/);
	if (words.length > 8) return null;
	// (Another clause inside the X leaves it to the other rules.)
	if (
		words.some(
			(w, i) => NOT_IN_X.test(w) || (i > 0 && (FINITE.has(w) || isPastVerb(w.toLowerCase())))
		)
	)
		return null;
	const place = words.findIndex((w, i) => i > 0 && PLACE.test(w));
	const x = place > 0 ? words.slice(0, place) : words;
	const rest = place > 0 ? ` ${words.slice(place).join(' ')}` : '';
	return `${owned(x.join(' '), s.slice(0, m.index + 1))} ${row.verb}${rest}`;
}

/** What was said, after its speaker and verb of saying: "his lawyer, Tom Reed, said (that) …". */
const SAID =
	/^.*\b(?:said|says|told\s+\S+|testified|argued|added|wrote|claimed|insisted)\s+(?:that\s+)?/i;

/**
 * The X with its possessive pronoun named by the subject of the clause that holds the noun:
 * "said Grant had started drinking after the death of his wife" → "Grant’s wife", never the
 * speaker's or an apposition's; where that subject is no name of the pronoun's sex, the pronoun
 * stays ("his wife").
 */
function owned(x: string, before: string): string {
	const pronoun = /^(his|her)\s+(?=\S)/i.exec(x);
	if (!pronoun) return x;
	const clause =
		before
			.replace(SAID, '')
			.split(/[,;]\s+/)
			.at(-1) ?? '';
	const subject = subjectOf(clause);
	const words = subject.split(/\s+/);
	// (A description is its own owner too: "the defendant had started drinking" → "defendant’s".)
	const described = /^(?:the|a)\s+\p{Ll}[\p{Ll}-]+$/iu.test(subject);
	if (described) return `${subject}’s ${x.slice(pronoun[0].length)}`;
	if (!subject || words.length > 3 || !words.every((w) => /^\p{Lu}[\p{L}’'.-]*$/u.test(w)))
		return x;
	if (/^(?:He|She|It|They|We|I|You)$/.test(subject)) return x;
	const sex = givenNameSex(subject);
	if (sex && sex !== (pronoun[1]!.toLowerCase() === 'his' ? 'male' : 'female')) return x;
	return `${subject}${possessiveEnding(subject)} ${x.slice(pronoun[0].length)}`;
}
