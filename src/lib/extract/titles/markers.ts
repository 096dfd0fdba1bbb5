/**
 * Date phrases stand in a sentence as markers while its title is made; these are the markers,
 * the patterns that find a marker's phrase, and the step that takes dates out of a title.
 */

import { isPastVerb } from '../happenings';
import { FINITE, MARK, PREPOSITION, PREPOSITIONS, SUBORDINATORS } from './words';

/**
 * A date heading its line, then a separator: a spaced dash, "--" or a colon, after an
 * optional bullet ("- ", "• "). A dateline ("WASHINGTON —") is no date, so it never matches.
 */
export const ENTRY = new RegExp(`^(?:[-*•▪‣]\\s+)?(${MARK}[TO]\\d+${MARK})\\s*(?:[—–]|--?|:)\\s+`);

/**
 * A date that describes the date before it, in apposition: "through June 12, the last day of
 * classes" is June 12, told twice; the second goes with what it is the day of (and, the title of
 * either date, titles the same happening).
 */
export const DATE_APPOSITION = new RegExp(
	`(${MARK}[TO]\\d+${MARK}),\\s+${MARK}[TO]\\d+${MARK}(?:\\s+of\\s+[^,;]*)?`,
	'g'
);

/**
 * A date described by a clause of what else it saw, in apposition: "won its only league title in
 * 1962, the year its stadium opened" is 1962, and the stadium's opening is no part of the title
 * ("… title its stadium opened" merged two happenings). The clause goes with its description.
 */
export const DATE_DESCRIBED = new RegExp(
	`(${MARK}[TO]\\d+${MARK}),\\s+(?:${MARK}[TO]\\d+${MARK}|the\\s+(?:same\\s+)?(?:year|day|month|season|week|night|weekend|morning|evening|spring|summer|fall|autumn|winter))\\s+(?:that\\s+|when\\s+|in\\s+which\\s+)?([^,;.]+)`,
	'g'
);

/**
 * A part of a date said before it, which goes with it: "On the evening of March 9, the northern
 * span fell" → "Northern span fell"; "stayed closed for the rest of that week" → "stayed closed".
 */
const PART_OF = String.raw`\b(?:on|in|during|at|by|until|from|since|for|through|throughout)\s+the\s+(?:evening|morning|afternoon|night|eve|weekend|end|start|beginning|middle|rest|remainder|first\s+day|last\s+day|first\s+week|last\s+week)\s+of\s+`;

/**
 * Verbs whose object may be a time, which then stays in the title: "planned to spend Saturday
 * sleeping" is no "planned to spend sleeping".
 */
const TIME_OBJECT_VERBS = String.raw`spend|spends|spent|spending|celebrate[sd]?|celebrating|commemorate[sd]?|devote[sd]?|enjoy(?:s|ed)?|ruin(?:s|ed)?|waste[sd]?|survive[sd]?`;

/**
 * A share of a time ("most of 2023", "much of the spring"): after a verb it is the verb's object
 * and stays whole ("missed most of 2023 with a broken leg", was "missed most with …"); after a
 * preposition it only says when and goes whole ("struggled for most of 2023", was "struggled
 * for most").
 */
const SHARE_OF = String.raw`(?:most|much|all|part|parts|half|the\s+rest|the\s+bulk)\s+of\s+(?:the\s+)?`;

export function marker(i: number, target: boolean) {
	return `${MARK}${target ? 'T' : 'O'}${i}${MARK}`;
}

/**
 * The patterns that find a marker's date phrase, made once per marker: compiling four regular
 * expressions per date per title made text thick with dates ("U.S. Jan. a.m. …") ten times
 * slower than prose.
 */
const markCache = new Map<
	string,
	{
		premodifier: RegExp;
		beforeWord: RegExp;
		possessive: RegExp;
		object: RegExp;
		share: RegExp;
		shareWhen: RegExp;
		given: RegExp;
		complement: RegExp;
		aside: RegExp;
		adverbial: RegExp;
		bare: RegExp;
		participle: RegExp;
		relative: RegExp;
		when: RegExp;
		where: RegExp;
		since: RegExp;
	}
>();

export function markPatterns(m: string) {
	let patterns = markCache.get(m);
	if (!patterns) {
		patterns = {
			premodifier: new RegExp(`\\b(?:the|a|an|its|their|his|her)\\s+${m}\\s+[a-z]`, 'i'),
			beforeWord: new RegExp(`${m}\\s+[a-z]`),
			possessive: new RegExp(`${m}['’]s\\b`),
			// (With a place: "The deciding game, on May 5 at Wembley, ended …".)
			aside: new RegExp(
				`,\\s+(?:(?:${PREPOSITIONS})\\s+)?${m}(?:\\s+(?:at|in)\\s+\\p{Lu}[\\p{L}.’'-]*(?:\\s+\\p{Lu}[\\p{L}.’'-]*){0,3})?,\\s+(\\p{Ll}+)\\b`,
				'u'
			),
			object: new RegExp(`\\b(?:${TIME_OBJECT_VERBS})\\s+${m}`, 'i'),
			// A time given to do something is what was given: "Customers have until Jan. 31 to claim a
			// refund" is no "Customers have to claim refund", which is an obligation.
			given: new RegExp(
				`\\b(?:have|has|had|having)\\s+(?:until\\s+(?:the\\s+)?)?${m}\\s+to\\s+\\p{Ll}`,
				'iu'
			),
			// …and so is a date that is all a clause says of its subject: "Sentencing will be on 15
			// January" is no "Sentencing will be".
			complement: new RegExp(
				`\\b(?:is|are|was|were|be)\\s+(?:(?:on|in|at|until|during)\\s+)?${m}(?=[\\s,;.]*$)`,
				'i'
			),
			// (A date's possessive is a noun's: "for most of next year's beans" is a share of beans.)
			share: new RegExp(`\\b${SHARE_OF}${m}(?!['’]s)`, 'i'),
			shareWhen: new RegExp(
				`\\s*\\b(?:${PREPOSITIONS}|throughout)\\s+${SHARE_OF}${m}(?!['’]s)(?:,(?=\\s+(?:in|at|near|outside)\\s))?`,
				'i'
			),
			// (A date after another, joined by "and" or "and again", goes with its joining words:
			// "put off the work in 2019 and again in 2021" → "put off work", no "…, and again".)
			adverbial: new RegExp(
				`(?:(?<=${MARK}),?\\s+(?:and|or)\\s+(?:(?:again|later|then|once\\s+more)\\s+)?)?(?:\\bas\\s+(?:early|late|recently)\\s+as\\s+|\\b(?:starting|beginning|effective)\\s+|\\b(?:shortly|just|soon|only|right)\\s+|\\b(?:early|late)\\s+(?=(?:on|in)\\s)|(?<=(?:\\b(?:months?|quarters?|years?|weeks?|period|half)|${MARK})\\s+)(?:ended|ending)\\s+|${PART_OF})?(?:\\b(?:${PREPOSITIONS})\\s+)?(?:at\\s+(?:least|the\\s+earliest|the\\s+latest)\\s+)?(?:\\blast\\s+)?${m}(?:,(?=\\s+(?:in|at|near|outside)\\s))?`,
				'gi'
			),
			// The date alone in an opening phrase: "Since 1985".
			bare: new RegExp(`^(?:[a-z]+\\s+){0,2}${m}$`, 'i'),
			// A relative clause may hold a list: "who stepped down as chairman, president and …".
			relative: new RegExp(
				`,\\s+(?:which|who)\\s+((?:[^,;]*,\\s+(?=[^,;]*\\b(?:and|or)\\s))*[^,;]*${m}[^,;]*)`,
				'i'
			),
			participle: new RegExp(
				String.raw`^(.+?)\s+(?:before|after|while|since|upon)\s+([a-z]{2,}ing)\b([^,;]*${m}.*)$`
			),
			when: new RegExp(String.raw`\bof\s+(?:the\s+)?${m},\s+when\s+([^,;]+)`),
			// A place's "where" clause that holds the date: "a rally in Dayton, where he was born in
			// 1967 and where his father worked"; a list of places too, "shelters in Salem and
			// Albany, where the Red Cross had opened two centers".
			where: new RegExp(
				String.raw`(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}(?:(?:,\s+|,?\s+and\s+)\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}){0,3}),\s+where\s+((?:(?!\s(?:that|which|who)\s)[^,;])*?${m}[^,;]*?)(?=\s+and\s+where\b|[,;]|$)`,
				'u'
			),
			// "since 1999", "since shortly after the Oct. 23 slaying": a state's beginning.
			since: new RegExp(
				String.raw`\s+since\s+(?:(?:shortly|just|soon|right)\s+)?(?:(?:after|before)\s+)?(?:(?:the|its|their|his|her)\s+)?${m}[^,;]*`
			)
		};
		if (markCache.size < 1000) markCache.set(m, patterns);
	}
	return patterns;
}

/**
 * Date phrases out of a clause: an adverbial ("in 2019", "last year") goes; a premodifier
 * ("the 2016 election"), a possessive ("Today's verdict") or a verb's object ("spend Saturday")
 * stays, because it names the happening or what was done with the time.
 */
export function withoutDates(clause: string, texts: Map<string, string>): string {
	for (const [m, text] of texts) {
		if (!clause.includes(m)) continue;
		const {
			premodifier,
			beforeWord,
			possessive,
			object,
			share,
			shareWhen,
			given,
			complement,
			adverbial,
			aside
		} = markPatterns(m);
		if (shareWhen.test(clause)) {
			clause = clause.replace(shareWhen, '');
			continue;
		}
		// A date alone between a subject and its verb goes with its commas: "The shooting, on Jan.
		// 6, happened" → "The shooting happened".
		const between = aside.exec(clause);
		if (between && (isPastVerb(between[1]!) || FINITE.has(between[1]!))) {
			clause = clause.replace(aside, ' $1');
			continue;
		}
		// A phrase that only says when, by the date's possessive, goes at the clause's end: "fans
		// booed Carla Webb at Thursday night's game" → "fans booed Carla Webb".
		const when = new RegExp(
			`\\s+(?:at|in|during)\\s+(?:the\\s+)?${m}['’]s?\\s+(?:\\p{Ll}+\\s+)?\\p{Ll}+$`,
			'u'
		);
		if (m.includes('T') && when.test(clause) && clause.replace(when, '').split(' ').length >= 3) {
			clause = clause.replace(when, '');
			continue;
		}
		// "third-quarter net income", "year-end bonus": a hyphenated date is an adjective.
		const compound = /^[\w']+-[a-z]+$/i.test(text) && beforeWord.test(clause);
		clause =
			premodifier.test(clause) ||
			compound ||
			possessive.test(clause) ||
			object.test(clause) ||
			share.test(clause) ||
			((clause.includes(' until ') || /^until\s/i.test(text)) && given.test(clause)) ||
			(complement.test(clause) && !POINTS_BACK.test(clause))
				? clause.replace(m, text)
				: // "born on May 2, 1933, in Szeged": the date's closing comma goes with it.
					(clause.includes(`${m} than `) ? clause.replace(comparedTo(m), '') : clause).replace(
						adverbial,
						''
					);
	}
	return clause;
}

/**
 * What a date that goes was compared with goes with it: "started on Sept. 21, a week earlier
 * than usual" is no "started than usual", "harvest fewer nuts this fall than last" no "fewer nuts
 * than last".
 */
const comparedTo = (m: string) => new RegExp(`(?<=${m})\\s+than\\s+[^,;]*`);

/**
 * A subject that only points back ("That was on Jan. 28", "It was in 1987"): its date, without a
 * happening named, is no title, which the sentence before must give.
 */
const POINTS_BACK = /^(?:that|this|it|there|which|what)\s/i;

/** A date alone in an opening phrase before a comma: "On Friday", "Late Monday". */
export function datedOpening(before: string): boolean {
	const phrase = before.trim();
	if (markPatterns(`${MARK}[TO]\\d+${MARK}`).bare.test(phrase)) return true;
	// …or a short scene with its date: "On the stand on Nov. 5, Reyes told jurors that …".
	return (
		PREPOSITION.test(phrase) &&
		DATE_AT_END.test(phrase) &&
		phrase.split(/\s+/).length <= 6 &&
		!phrase.includes(',')
	);
}
const DATE_AT_END = new RegExp(`${MARK}[TO]\\d+${MARK}$`);

/**
 * Words before a comma that only set the scene ("On Nov. 9, 1967", "In September 1944"): what
 * follows the comma is then the main clause ("the first Saturn V flew"), not a yardstick.
 */
export function isOpening(before: string): boolean {
	const words = before.replace(new RegExp(`${MARK}[TO]\\d+${MARK}`, 'g'), ' ').trim();
	if (!words) return true;
	return !words.includes(',') && (PREPOSITION.test(`${words} `) || SUBORDINATORS.test(words));
}
