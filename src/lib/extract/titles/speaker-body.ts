/**
 * A quotation's "we" is the body its speaker speaks for, when the text names that body beside the
 * speaker: '"We shut the gates today," the port's director, Ellen Strand, said' is told "Ellen
 * Strand said port shut gates", never "… said they shut gates", whose "they" a timeline reader
 * cannot place (issue 13, point 4). Where no body is named beside the speaker ("said Ana Ruiz, who
 * lives on the east side"), the "we" is the speaker and those with her, and stays.
 */

import { possessiveEnding } from '../things';
import { isPastVerb } from '../happenings';

/**
 * Roles a person holds in a body and speaks for it by: each row a word that ends the role, with
 * the case that asked for it. A lawyer's or a neighbour's "we" is not their client's or street's.
 */
export const BODY_ROLES: { role: string; example: string }[] = [
	{ role: 'director', example: "the port's director, Ellen Strand" },
	{ role: 'president', example: "the health system's president, Dr. Sandra Kim" },
	{ role: 'officer', example: "Cascadia's chief operating officer, Renee Whitfield" },
	{ role: 'executive', example: "the company's chief executive, Dana Wolfe" },
	{ role: 'chief', example: "the council's housing chief, Helen Hayden" },
	{ role: 'manager', example: "the plant's manager, Joel Banks" },
	{ role: 'delegate', example: "the union's delegate, Maria Soto" },
	{ role: 'spokesman', example: 'a spokesman for the airline, Tom Berg' },
	{ role: 'spokeswoman', example: 'a spokeswoman for the utility, Lena Ortiz' },
	{ role: 'spokesperson', example: "the ministry's spokesperson, Ana Lima" },
	{ role: 'chairman', example: "the bank's chairman, Otto Brandt" },
	{ role: 'chairwoman', example: "the board's chairwoman, Denise Okafor" },
	{ role: 'head', example: "the agency's head, Marta Ruiz" },
	{ role: 'leader', example: "the union's leader, Sam Ola" },
	{ role: 'secretary', example: "the union's general secretary, Ray Hart" },
	{ role: 'steward', example: "the union's steward, Luis Marten" },
	{ role: 'coach', example: "the club's coach, Nils Ekholm" },
	{ role: 'captain', example: "the team's captain, Ola Berg" },
	{ role: 'principal', example: "the school's principal, Joan Reyes" },
	{ role: 'superintendent', example: "the district's superintendent, Karen Liu" },
	{ role: 'owner', example: "the bakery's owner, Rui Costa" },
	{ role: 'minister', example: "Norway's foreign minister, Eide" }
];

const ROLE = `(?:[\\p{Ll}-]+\\s+){0,3}?(?:${BODY_ROLES.map((r) => r.role).join('|')})`;
/** A body: "the" and its common noun ("the health system"), or a name ("Network Rail"). */
const BODY = String.raw`(?:[Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+|\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3})`;

/** Offices only a company has, whose holder's "we" is the company. */
const OFFICE = String.raw`(?:chief\s+(?:executive|operating|financial)(?:\s+officer)?|managing\s+director)`;

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The body `who` speaks for, as its sentence or its story names it beside the name: "the
 * port's director, Ellen Strand" or "Ellen Strand, the port's director" (→ "port"); "a
 * spokeswoman for the utility, Lena Ortiz" (→ "utility"). Null where none is named, or where the
 * owner is a person the story names ("Mr. Merritt's director" is no body).
 */
export function speakerBody(who: string, sentence: string, story: string): string | null {
	const surname = who.split(/\s+/).at(-1)!;
	if (!/^\p{Lu}/u.test(surname)) return null;
	const name = String.raw`(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}${esc(surname)}\b`;
	const shapes = [
		new RegExp(String.raw`(?<![\p{L}’'])(${BODY})['’]s\s+${ROLE},\s+${name}`, 'u'),
		new RegExp(String.raw`${name},\s+(?:the\s+)?(${BODY})['’]s\s+${ROLE}\b`, 'u'),
		new RegExp(String.raw`\b(?:a|an|the)\s+${ROLE}\s+(?:for|of|at)\s+(${BODY}),\s+${name}`, 'u'),
		new RegExp(
			String.raw`${name},\s+(?:a|an|the)\s+${ROLE}\s+(?:for|of|at)\s+(${BODY})(?=[,.;]|\s+said\b|$)`,
			'u'
		)
	];
	for (const text of [sentence, story]) {
		for (const shape of shapes) {
			const body = shape.exec(text)?.[1];
			if (body) return bodyNoun(body, story);
		}
	}
	// A company's officer told by the office alone ("the chief executive, Dana Wolfe") speaks for
	// the company the story is about, where it calls it "the company".
	const officer = new RegExp(
		String.raw`\b(?:the|its)\s+${OFFICE},\s+${name}|${name},\s+(?:the|its)\s+${OFFICE}\b(?!\s+(?:of|for|at)\b)`,
		'u'
	);
	return /\b[Tt]he company\b/.test(story) && (officer.test(sentence) || officer.test(story))
		? 'company'
		: null;
}

/** A body as a title writes it: no article; not a person the story names by this word. */
function bodyNoun(body: string, story: string): string | null {
	const noun = body.replace(/^[Tt]he\s+/, '');
	if (/^\p{Lu}/u.test(noun)) {
		// (A person's name is no body: "Webb's director" after "Marcus Webb".)
		const last = noun.split(/\s+/).at(-1)!;
		const person = new RegExp(
			String.raw`\b(?:Mr|Ms|Mrs|Dr|Miss)\.?\s+${esc(last)}\b|\b\p{Lu}\p{Ll}+\s+${esc(last)}\s+(?:said|says|told)\b`,
			'u'
		);
		if (person.test(story) || /^(?:He|She|His|Her|They|Their)$/.test(noun)) return null;
		// (A country's minister speaks for its government: "Norway" is fine; one word "Mr" no.)
	}
	return noun;
}

/** What may follow the body's "we" and still agree with one body: past tenses and modals. */
const AGREES = new Set(
	`are were was have had will would can could did didn't won't wouldn't can't couldn't aren't
	weren't haven't hadn't must should may might also still never just already`.split(/\s+/)
);
/** The contractions of "we", as the body's: "we're" → "port is". */
const CONTRACTED: Record<string, string> = {
	"we're": 'are',
	"we've": 'have',
	"we'll": 'will',
	"we'd": 'would'
};

/** A word's place holder while reported speech shifts the tenses around it. */
export const BODY_MARK = '\u2064B\u2064';
export const BODY_OWN = '\u2064O\u2064';
export const BODY_AGAIN = '\u2064I\u2064';

/**
 * What was said with its "we" and "our" put as the body's, the body's marks in place for
 * `bodyWords` to write once tenses are shifted: the first "we" is the body, a later one "it", an
 * "our" the body's (or "its" after it). Null when a "we" cannot be the body's alone: "us",
 * "ourselves", "ours", a "we" before a present verb ("we mourn", which one body would say as
 * "mourns"), or no "we" or "our" at all.
 */
export function asBody(said: string): string | null {
	const words = said.split(' ');
	let seen = false;
	let changed = false;
	const out: string[] = [];
	for (const [i, word] of words.entries()) {
		const bare = word.replace(/[,;:.!?]+$/, '');
		const tail = word.slice(bare.length);
		const lower = bare.replace(/’/g, "'").toLowerCase();
		if (/^(?:us|ours|ourselves)$/.test(lower)) return null;
		if (lower === 'our') {
			out.push(`${seen ? 'its' : BODY_OWN}${tail}`);
			seen = changed = true;
			continue;
		}
		const contracted = CONTRACTED[lower];
		if (lower === 'we' || contracted) {
			if (!contracted) {
				// (An adverb may stand between: "we finally got it open".)
				let k = i + 1;
				while (/^\p{Ll}+ly$/u.test(words[k] ?? '')) k++;
				const next = (words[k] ?? '').replace(/[,;:.!?]+$/, '').toLowerCase();
				if (tail || !(AGREES.has(next) || isPastVerb(next))) return null;
			}
			out.push(`${seen ? BODY_AGAIN : BODY_MARK}${contracted ? ` ${contracted}` : ''}${tail}`);
			seen = changed = true;
			continue;
		}
		out.push(word);
	}
	return changed ? out.join(' ') : null;
}

/** The body's marks written out, its verb made to agree with one body ("port were" → "was"). */
export function bodyWords(text: string, body: string): string {
	const own = `${body}${possessiveEnding(body)}`;
	return text
		.replace(new RegExp(`(${BODY_MARK}|${BODY_AGAIN}) were\\b`, 'g'), '$1 was')
		.replace(new RegExp(`(${BODY_MARK}|${BODY_AGAIN}) weren't\\b`, 'g'), "$1 wasn't")
		.replace(new RegExp(`(${BODY_MARK}|${BODY_AGAIN}) are\\b`, 'g'), '$1 is')
		.replace(new RegExp(`(${BODY_MARK}|${BODY_AGAIN}) have\\b`, 'g'), '$1 has')
		.replaceAll(BODY_MARK, body)
		.replaceAll(BODY_OWN, own)
		.replaceAll(BODY_AGAIN, 'it');
}
