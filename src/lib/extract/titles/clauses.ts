/**
 * Which clause of a sentence the date governs: the split into clauses and verb phrases, the
 * choice among them, and a sentence's main clause when a title would have no verb.
 */

import { OBJECT_PRONOUN, otherPerson } from './fronted';
import { plainTitle } from './headline';
import { markPatterns } from './markers';
import { isPastVerb } from '../happenings';
import { isParticiple } from '../verb-forms';
import { isThing, possessiveEnding } from '../things';
import {
	FINITE,
	FUNCTION_WORDS,
	LAPSE,
	MARK,
	NOT_ADVERBS,
	PARTICIPLE,
	PREPOSITION,
	SUBORDINATORS,
	hasFiniteVerb,
	hasVerb,
	subjectOf
} from './words';

/**
 * A title without a verb ("Poland, Czech Republic and Hungary", "By setting return date") is
 * no happening: the sentence's first comma-piece that has one is its main clause ("With their
 * membership secure, they can take part in planning" → "They can take part in planning").
 */
export function mainClause(s: string, texts: Map<string, string>): string | null {
	// The last piece without a verb that opens with a capital may be the subject of a piece
	// that opens with its verb: "Mayor Penelas, accompanied by a lawyer, flew to Washington".
	let subject = '';
	let appositive = '';
	let described = false;
	for (const piece of s.split(/,\s+/)) {
		if (/^(?:which|who|whom|whose|that)\b/i.test(piece) || PARTICIPLE.test(piece)) continue;
		const verb = /^[a-z]+(?:-[a-z]+)?/.exec(piece)?.[0];
		const clause = (
			verb && (isPastVerb(verb) || /^(?:was|were|would|will)$/.test(verb)) && subject
				? `${subject} ${piece}`
				: piece
		).replace(CONTRAST_OR_TIME, '');
		let title = plainTitle(clause, texts);
		// A subject with its apposition may leave no room for the verb: without it, then.
		if (!hasVerb(title) && appositive && clause.startsWith(subject))
			title = plainTitle(`${appositive} ${piece}`.replace(CONTRAST_OR_TIME, ''), texts);
		if (title.split(' ').length >= 3 && hasVerb(title) && !PREPOSITION.test(`${piece} `))
			return title;
		// A name in apposition to a noun phrase before it goes with it: "a similar claim about
		// another planet, K2-18 b, was later withdrawn".
		const noun = /^(?:a|an|the|his|her|its|their)\s/i.test(piece) && !hasFiniteVerb(piece);
		appositive = '';
		if (/^\p{Lu}/u.test(piece) && !PREPOSITION.test(`${piece} `)) {
			if (subject && described) appositive = subject;
			subject = appositive ? `${subject}, ${piece},` : piece;
		} else if (noun) subject = piece;
		described = noun;
	}
	return null;
}

/**
 * "and" joining a second verb phrase: "entered the race in 2025 and trailed Becker …"; "but"
 * too ("questioned Marsh in June 2019 but did not charge her"). A date opening the second
 * phrase goes after it, so that the phrase still opens with its verb: "strengthened over the
 * Gulf and on Tuesday became a hurricane" → "became a hurricane on Tuesday".
 */
// (Only after "and" or "but": a date between commas before a verb is the first phrase's, "a
// loss of $158,666, in the third quarter, compared with …".)
// (An adverb may stand between the auxiliary and its participle: "opened in 1931 and was last
// renovated in 1998" is two happenings, "Bridge opened" and "Bridge was last renovated".)
const AUX_ADVERB = String.raw`(?:last|first|later|then|also|again|since|never|once|\p{Ll}+ly)`;
// (An adverb of time may open the second phrase: "opened in 1931 and once employed 2,000
// people" is two, "Mill opened" for 1931.)
const PHRASE_ADVERB = String.raw`(?:\s+(?:once|later|then|eventually|soon|still|again))?`;
const VERB_PHRASE = new RegExp(
	`(?:,?\\s+(and|but)(?:,?\\s+((?:(?:on|by|in|at|late|early|until|during)\\s+)?${MARK}[TO]\\d+${MARK}),?)?${PHRASE_ADVERB}|,)\\s+((?:was|were|has|have|had|is|are)\\s+(?:${AUX_ADVERB}\\s+)?)?(\\p{Ll}+(?:-\\p{Ll}+)?)\\b`,
	'gu'
);

/** What a plan is after "is" or "are": "is due to arrive", "are expected to vote". */
const DUE = /^(?:due|expected|set|scheduled|slated|poised|likely|going)$/;

function splitVerbPhrases(c: string): string[] {
	const parts: string[] = [];
	let from = 0;
	let dated = '';
	// Also a list of verb phrases with commas: "was founded in 1850, grew in 1870, burned in 1901".
	// …and one in the perfect: "entered the race in March and has raised $6 million since".
	for (const m of c.matchAll(VERB_PHRASE)) {
		const [, conj, opener, aux] = m as unknown as (string | undefined)[];
		const all = m[0];
		const verb = m[4]!;
		const copula = !!opener && !!aux && /^(?:was|were)\s/.test(aux);
		const denied = conj === 'but' && !aux && /^(?:did|never)$/.test(verb);
		// "… by the end of March and would retire its last Boeing 757s next year"; "launched in
		// March and is due to arrive at Jupiter in 2031".
		const planned =
			conj === 'and' &&
			(aux
				? /^(?:is|are)\s/.test(aux) && DUE.test(verb)
				: /^(?:would|will)$/.test(verb) || FORECAST_CLAUSE.test(`${verb} `));
		// (A present's "is" or "are" splits only a plan: "and is charged with …" stays.)
		if (aux && /^(?:is|are)\s/.test(aux) && !planned) continue;
		if (
			!isPastVerb(verb) &&
			!(aux && (/(?:ed|en|wn|ne|lt|ft|pt|ught)$/.test(verb) || isParticiple(verb))) &&
			!copula &&
			!denied &&
			!(planned && hasDate(c, m.index + all.length))
		)
			continue;
		if (/^ha/.test(aux ?? '') && !conj) continue;
		// After a comma alone, only a verb with a date of its own: ", killed in …" may be an aside.
		if (!conj && !hasDate(c, m.index + all.length)) continue;
		// (Nor a saying: ", said …" after a comma is attribution, whose rules read it.)
		if (!conj && /^(?:said|told)$/.test(verb)) continue;
		parts.push(c.slice(from, m.index) + dated);
		from = m.index + all.length - verb.length - (aux?.length ?? 0);
		dated = opener ? ` ${opener}` : '';
	}
	return [...parts, c.slice(from) + dated];
}

/** Whether a date's marker comes before the next comma after offset `at`. */
function hasDate(c: string, at: number): boolean {
	const comma = c.indexOf(',', at);
	const mark = c.indexOf(MARK, at);
	return mark >= 0 && (comma < 0 || mark < comma);
}

/**
 * Verbs of a forecast or a plan, which look ahead from the clause they open: "and the company
 * expects them to recover next year", "and plans to cut 150 more next year" (dev18e). A date in
 * their clause is the forecast's, never the past clause's before it.
 */
// (Never after a determiner, where it is a noun: "and the council shelved the plan last spring".)
export const FORECASTING =
	'(?<!\\b(?:the|a|an|its|their|his|her|this|that)\\s)(?:expects|expect|forecasts|forecast|predicts|predict|hopes|hope|plans|plan|aims|aim|intends|intend|projects|anticipates|anticipate)';
const AND_CLAUSE =
	/\s+and\s+(?=(?:the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,3}?(?:would|will|was|were|could|had)\s)/u;
/**
 * "and" before a forecast's subject and verb ("… and the company expects …"), a clause of its
 * own only after one with a verb: "He and Okafor plan to open a second shop" is one subject.
 */
const AND_FORECAST = new RegExp(
	String.raw`\s+and\s+(?=(?:(?:the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,3}?|\p{Lu}[\p{L}’'-]*\s+(?:\p{Lu}[\p{L}’'-]*\s+){0,2}|\p{Ll}{3,}s\s+)(?:${FORECASTING})\s)`,
	'gu'
);

/** A clause split at each "and" before a forecast whose first part has a verb of its own. */
function splitForecasts(c: string): string[] {
	const parts: string[] = [];
	let from = 0;
	for (const m of c.matchAll(AND_FORECAST)) {
		if (!hasFiniteVerb(c.slice(from, m.index).trim())) continue;
		parts.push(c.slice(from, m.index));
		from = m.index + m[0].length;
	}
	return [...parts, c.slice(from)];
}
/** A clause opened by a forecast's subject and verb: "the company expects them to recover". */
const FORECAST_CLAUSE = new RegExp(
	String.raw`^(?:[Aa]nd\s+|[Bb]ut\s+)?(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\p{L}-]+\s+){0,3}?|\p{Lu}[\p{L}’'-]*\s+(?:\p{Lu}[\p{L}’'-]*\s+){0,2}|\p{Ll}{3,}s\s+)?(?:${FORECASTING})\s`,
	'u'
);
/** Words of a clause that looks ahead itself, which may keep a forecast's date. */
const LOOKS_AHEAD = new RegExp(String.raw`\b(?:will|would|${FORECASTING})\b`, 'i');

export function splitClauses(s: string): string[] {
	return (
		s
			.split(
				// (A quotation may close at the comma: "called the report \"a smear,\" but on Jan. 19 …".)
				/\s*;\s+|\s+[—–_]\s+|\s*--\s*|,(?:''|”|")?\s+(?=(?:but|and|while|although|though|despite|whereas|yet)\s)/i
			)
			// "Construction would start in April and the ballpark would open for the 2029 season":
			// a clause with its own subject after "and", comma or not.
			.flatMap((c) => c.split(AND_CLAUSE))
			.flatMap(splitForecasts)
			.flatMap(splitVerbPhrases)
			// "Despite continuing problems, Kimberly-Clark posted a gain": the opening phrase and the
			// main clause after its comma are two clauses.
			.flatMap((c) => {
				const comma = c.indexOf(', ');
				return SUBORDINATORS.test(c) && comma > 0 ? [c.slice(0, comma), c.slice(comma + 2)] : [c];
			})
			.map((c) => c.replace(/^(?:but|and|yet)\s+/i, '').trim())
			.filter(Boolean)
	);
}

/** Subordinators after which a clause of its own follows, with no comma: "… before he was shot". */
const LATE_SUBORDINATOR = /\b(?:when|after|before|until|because|as|while|once|since)\s+/g;

/** A main clause telling a state, not a happening: "was the mainstay", "will remain", "is considered". */
const STATE_VERB =
	/^(?:is|are|am|remains?|will|would|can|could|may|might|has|have|had\s+been|was\s+(?!\w+(?:ed|en|wn|ne|lt|ft|pt|ught)\b)|were\s+(?!\w+(?:ed|en|wn|ne|lt|ft|pt|ught)\b))/i;

/**
 * A date after a subordinate clause's verb dates that clause when the main clause tells a
 * state ("Slepian was the mainstay of the clinic before he was shot to death last Oct. 23" →
 * "He was shot to death"; "Elian will remain … even after a federal appeals court Thursday
 * refused …" → "Federal appeals court refused …"). A main happening keeps its date: "He was
 * arrested after police raided his home on Monday".
 */
/** A quantity a state holds: "160 shops", "about 1,400 people", "a staff of 40", "£310 million". */
const HELD = String.raw`(?:(?:about|around|nearly|almost|only|just|over|under|some|roughly|more\s+than|fewer\s+than|less\s+than|up\s+to)\s+)?(?:[\d£$€]|a\s+|an\s+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozens|hundreds|thousands)`;

/**
 * Shapes of a main clause that tells what its subject had or held, not what happened: a
 * subordinate clause after it ("when it was bought in 2016") is the happening its date dates.
 * Each row: the words from the main verb on, and the example that called for it.
 */
export const HOLDING_STATES: { state: RegExp; example: string }[] = [
	{
		state: STATE_VERB,
		example: 'Slepian was the mainstay of the clinic before he was shot to death last Oct. 23.'
	},
	{
		// "had" with a quantity is what it owned, never the past perfect ("had sold").
		state: new RegExp(String.raw`^(?:had|has|have)\s+${HELD}`, 'i'),
		example: 'The chain, which had 160 shops when it was bought in 2016, … → Chain bought'
	},
	{
		state: new RegExp(
			String.raw`^(?:employed|housed|held|carried|seated|served|numbered|enrolled|counted|stood\s+at)\s+${HELD}`,
			'i'
		),
		example:
			'The Llanwern rolling mill, which employed 1,400 people when it closed in 2021, … → Mill closed'
	}
];

/** Whether the verb at `verb` tells a state; "was shot" is a passive happening, not a state. */
function isState(words: string[], verb: number): boolean {
	if (/^(?:was|were)$/i.test(words[verb]!) && isPastVerb(words[verb + 1]?.toLowerCase() ?? ''))
		return false;
	const from = words.slice(verb).join(' ');
	return HOLDING_STATES.some(({ state }) => state.test(from));
}

/** Whether a clause's first verb tells a state: "he has been persistent", "was the mainstay". */
function tellsState(clause: string): boolean {
	const words = clause.split(/\s+/);
	const verb = words.findIndex(
		(w, i) => i > 0 && (FINITE.has(w.toLowerCase()) || isPastVerb(w.toLowerCase()))
	);
	return verb > 0 && isState(words, verb);
}

/** A lapse before the subordinate clause: "eight months after", "two days before". */
const LAPSE_BEFORE = new RegExp(`${LAPSE}\\s+$`, 'i');
/**
 * A main clause in the past perfect is background to a dated "when" or "after" clause: "the
 * city had broken its own rules when it sold the park in 2022" dates the sale.
 */
const PLUPERFECT = /^had\s+(?:already\s+|long\s+)?(?!been\b)\p{Ll}+/u;

/** The noun phrase a main clause opens with, for an "it" or "they" after it: "the city". */
function thingFor(subject: string[], plural: boolean): string | null {
	// A body's name: "Harlan has struggled since it lost its biggest customer" → "Harlan lost".
	if (!plural && subject.length <= 3 && subject.every((w) => /^\p{Lu}[\p{L}’'&.-]*$/u.test(w)))
		return /^(?:he|she|it|they|we|i|but|and)$/i.test(subject[0]!) ? null : `${subject.join(' ')} `;
	if (subject.length < 2 || subject.length > 4 || !/^(?:the|its|their)$/i.test(subject[0]!))
		return null;
	if (subject.some((w) => !/^[\p{L}’'-]+$/u.test(w))) return null;
	const head = subject.at(-1)!;
	// (A person is never "it": "The captain was at the helm of the Lady Orca when it capsized".)
	if (!plural && !isThing(head)) return null;
	return /[^s]s$/.test(head) === plural ? `${subject.join(' ')} ` : null;
}

/**
 * The one name or thing a main clause gives after its verb, which an "it" its subject cannot be
 * stands for: "The captain … was at the helm of the Lady Orca when it capsized" → "Lady Orca";
 * "… confirmed 14 more cases, bringing the outbreak to 61 cases since it began" → "outbreak".
 */
function namedAfterVerb(main: string): string | null {
	const text = main.replace(/\u2063[TO]\d+\u2063/g, ' ');
	const names = [...text.matchAll(/\b(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})/gu)].map(
		(m) => m[1]!
	);
	const things = [...text.matchAll(/\b(?:the|its)\s+(\p{Ll}+)\b/gu)]
		.map((m) => m[1]!)
		.filter(isThing);
	const found = new Set([...names, ...things]);
	if (found.size !== 1) return null;
	const one = [...found][0]!;
	return /^(?:Mr|Mrs|Ms|Dr)\.?(?:\s|$)/.test(one) ? null : `${one} `;
}

export function stateThenHappening(clause: string, mark: string): string {
	const at = clause.indexOf(mark);
	if (at < 0) return clause;
	let sub = -1;
	for (const m of clause.slice(0, at).matchAll(LATE_SUBORDINATOR)) sub = m.index + m[0].length;
	// (A place's commas are no clause break, "in Nairobi, Kenya Friday morning", nor an
	// apposition's, "since it lost its biggest customer, the discount chain ValuMart, in 2023".)
	if (sub < 0) return clause;
	const pieces = clause.slice(sub, at).split(',');
	if (pieces.slice(1).some((p) => !/^\s+\p{Lu}/u.test(p) && hasFiniteVerb(p.trim()))) return clause;
	const main = clause.slice(0, sub);
	const words = main.split(/\s+/);
	const verb = words.findIndex(
		(w, i) => i > 0 && (FINITE.has(w.toLowerCase()) || isPastVerb(w.toLowerCase()))
	);
	// A "when" clause of the present with its own date is a plan: "He faces up to 20 years in
	// prison when he is sentenced on Aug. 4" → "He to be sentenced".
	const next = clause.slice(sub).split(/\s+/);
	if (
		/\bwhen\s+$/.test(main) &&
		/^(?:is|are)$/i.test(next[1]!) &&
		isPastVerb(next[2]?.toLowerCase() ?? '') &&
		!/\b(?:was|were|had|did)\b/i.test(main) &&
		!isPastVerb(words[verb]?.toLowerCase() ?? '')
	)
		return `${next[0]} to be ${next.slice(2).join(' ')}`;
	// "The lawsuit comes eight months after the two companies announced their merger in July":
	// a lapse measured from the date tells that the date is the subordinate clause's.
	const lapse = LAPSE_BEFORE.test(main);
	// (A past perfect only before "when", "after", "before" or "until" — "It had hung in the
	// gallery until two men cut it from its frame on the night of Oct. 14, 1978" dates the theft —
	// not before "that": "had suggested that institutions
	// would buy its stock as soon as trading opened Monday" tells a plan, not a happening.)
	const pluperfect =
		/\b(?:when|after|before|until)\s+$/.test(main) && PLUPERFECT.test(words.slice(verb).join(' '));
	// …and so does a main clause dated by a date of its own: "Dockworkers returned to work on
	// Friday after their union reached a tentative deal late Thursday" (Thursday: the deal).
	const ownDate = main.includes(`${MARK}O`) && !/\sthat\s/.test(main);
	if (!lapse && !ownDate && (verb < 0 || !(isState(words, verb) || pluperfect))) return clause;
	// The subordinate clause opens with its subject and tells a past happening by the date:
	// "he was shot … last Oct. 23", "a federal appeals court Thursday refused".
	const rest = clause.slice(sub);
	const said = rest.split(/\s+/);
	const dated = said.findIndex((w) => w.includes(mark));
	const own = said.findIndex(
		(w, i) => i > 0 && (FINITE.has(w.toLowerCase()) || isPastVerb(w.toLowerCase()))
	);
	const opens = said[0]!.toLowerCase();
	return own > 0 &&
		own <= dated + 1 &&
		!said[0]!.includes(mark) &&
		!isPastVerb(opens) &&
		// (A participle has no subject of its own: "was canceled in 2018 before being restored a
		// year later" is the mission's, which participlePhrase gives it.)
		!/^[a-z]{2,}ing$/.test(opens) &&
		!/^(?:is|are|am|will|can|may|do|does|has|have)$/i.test(said[own]!)
		? // "he" is the main clause's named subject: "Howes had been working … when he was
			// abducted" → "Howes was abducted".
			rest.replace(/^(?:he|she|it|they|their|its)\s/i, (pronoun) => {
				const subject = words.slice(0, verb);
				// "Dockworkers returned … after their union reached a deal" → "Dockworkers’ union".
				if (/^(?:their|its)\s$/i.test(pronoun)) {
					const name = subject.join(' ');
					return subject.length <= 3 && subject.every((w) => /^\p{Lu}[\p{L}’'.-]*$/u.test(w))
						? `${name}${possessiveEnding(name)} `
						: pronoun;
				}
				// "the city had broken its own rules when it sold the park" → "the city sold".
				if (/^(?:it|they)\s$/i.test(pronoun)) {
					const plural = pronoun.trim().toLowerCase() === 'they';
					return (
						thingFor(subject, plural) ??
						(plural ? null : namedAfterVerb(words.slice(verb + 1).join(' '))) ??
						pronoun
					);
				}
				// (…nor a "he" the verb's object names: "Somerset will rest Tom Kerr for a week after he
				// bowled 42 overs" is Tom Kerr, titles/fronted.ts.)
				const other = otherPerson(main, subject.join(' '), pronoun.trim());
				if (other) return other === OBJECT_PRONOUN ? pronoun : `${other} `;
				// (Not a pronoun: "She is the third minister … since he took office" is no "She took".)
				return subject.length <= 4 &&
					subject.every((w) => /^\p{Lu}[\p{L}’'.-]*$/u.test(w)) &&
					!/^(?:he|she|it|they|we|i)$/i.test(subject.join(' '))
					? `${subject.join(' ')} `
					: pronoun;
			})
		: clause;
}

/** Past forms of verbs that take no object, and so have no passive: "died", "retired". */
const NO_PASSIVE =
	/^(?:died|arrived|retired|resigned|returned|remained|stayed|emigrated|immigrated|collapsed|disappeared|vanished|happened|occurred|existed|lived|graduated|recovered|waited|failed|succeeded|traveled|travelled|departed|drowned|starred|competed|testified|voted|campaigned|surrendered|escaped|survived)$/;

/** Subordinators that go when their clause is the title: "when police arrested 133 people". */
const CONTRAST_OR_TIME = new RegExp(
	`^(?:while|although|though|whereas|when|after|before|because|once|until|(?:ever\\s+)?since(?=\\s+(?:he|she|it|they|we|i|the|a|an|his|her|its|their)\\s)|${LAPSE})\\s+`,
	'i'
);

/** Words after which an "-s" word is a plural noun, not a verb: "the shares", "the company's". */
const BEFORE_NOUN =
	/^(?:the|a|an|its|his|her|their|our|this|these|those|and|or|\d[\d,.]*|\S+['’]s?)$/;

/**
 * Whether a clause tells a present state, which a past or future date does not date: no past
 * form or plan anywhere in it, and a present verb straight after a plain subject, with no
 * preposition before it ("The company makes parts for Boeing", "The museum has 40 of his
 * paintings", "The corps plans to rebuild it higher"). An "-s" word before a verb or a
 * preposition is a plural noun ("Sales of new homes fell", "bombings at U.S. embassies in …").
 */
export function presentState(clause: string): boolean {
	const words = clause.toLowerCase().split(/\s+/);
	const verbal = (w: string) => isPastVerb(w) || FINITE.has(w);
	const present = (w: string) => /^(?:is|are|has|have|am)$/.test(w);
	if (words.some((w, i) => i > 0 && /^\p{Ll}/u.test(w) && verbal(w) && !present(w))) return false;
	for (let i = 1; i < Math.min(words.length, 7); i++) {
		const w = words[i]!;
		const next = words[i + 1] ?? '';
		if (PREPOSITION.test(`${words[i - 1]} `) || w.includes(MARK)) return false;
		if (BEFORE_NOUN.test(words[i - 1]!)) continue;
		if (present(w)) return true;
		if (
			/^\p{Ll}{2,}[^su’'\s]s$/u.test(w) &&
			next &&
			!verbal(next) &&
			(next === 'to' || !PREPOSITION.test(`${next} `))
		)
			return true;
	}
	return false;
}

/**
 * A clause with its own subject that tells a plan: "construction is expected to start in …",
 * "the plant will close in …" (a subject of one to four words after its determiner).
 */
const OWN_PLAN =
	/^(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\p{L}’'-]+\s+){1,4}?(?:will|(?:is|are)\s+(?:not\s+)?(?:due|expected|set|scheduled|slated|likely)\s+to)\s+(?:not\s+)?\p{Ll}/u;

/**
 * Whether a date in a second clause joined to the first governs that clause alone: after a
 * contrast ("…, but Denise O'Donnell has scheduled a news conference Thursday") or said before
 * its verb ("…, but on Jan. 19 she asked the adviser"). After a plain "and" a date at the end
 * may date both ("was briefed to President Trump, and the council discussed the problem … in
 * late March"): the first clause stays the happening.
 */
function ownCoordinate(sentence: string, dated: string, first: string, mark: string): boolean {
	// (A list of places split at its "and" is no second clause: "in Dar es Salaam, Tanzania,
	// and Nairobi, Kenya, on Aug. 7 killed 258 people".)
	// (A present verb is a verb too: "The corps plans to rebuild it higher, but the work is not
	// expected to begin until 2028".)
	const present = presentState(first);
	if (!hasFiniteVerb(first) && !present) return false;
	const at = sentence.indexOf(dated);
	if (at < 0) return false;
	// A plan after "and", its own subject before it, is dated by its own date, never the first
	// clause's: "The city wants a new bridge, and construction is expected to start in 2027".
	// …and so is any clause of its own after a present state: "The company makes parts for
	// Boeing, and its shares rose 5 percent on Monday".
	if (
		/,\s+and\s+$/i.test(sentence.slice(0, at)) &&
		(OWN_PLAN.test(dated) || (present && hasFiniteVerb(dated)))
	)
		return true;
	if (/,(?:''|”|")?\s+(?:but|yet|while|although|though|whereas)\s+$/i.test(sentence.slice(0, at)))
		return true;
	// A clause after a semicolon is a sentence of its own ("Her husband was a pilot; he was shot
	// down over Austria in 1944"), and so is one after "and" that goes on about the first by a
	// pronoun ("The bridge was closed for repairs, and it reopened in 2019").
	if (/;\s*$/.test(sentence.slice(0, at))) return true;
	if (/,\s+and\s+$/i.test(sentence.slice(0, at)) && /^(?:it|he|she|they)\s+\p{Ll}/u.test(dated))
		return true;
	const words = dated.split(/\s+/);
	const verb = words.findIndex((w) => FINITE.has(w.toLowerCase()) || isPastVerb(w.toLowerCase()));
	const date = words.findIndex((w) => w.includes(mark));
	// A date right after the verb of a clause with its own subject, the clause going on after it,
	// is that clause's alone: "…, and the city council voted last month to delay a rate increase"
	// (only a date that ends the sentence may date both).
	if (
		/,\s+and\s+$/i.test(sentence.slice(0, at)) &&
		verb > 0 &&
		date > verb &&
		date <= verb + 2 &&
		date < words.length - 1 &&
		OWN_SUBJECT.test(dated)
	)
		return true;
	return date >= 0 && verb > date;
}

/** A clause that opens with a subject of its own: a determiner's noun or a name. */
const OWN_SUBJECT = /^(?:(?:the|a|an|its|his|her|their|this|that)\s+\S|\p{Lu}\p{Ll})/u;

export function chooseClause(
	clauses: string[],
	mark: string,
	onlyDate: boolean,
	sentence: string
): string {
	// "Since 1985 — when the Israelis created a buffer zone — …": the "when" clause tells what
	// happened at the date.
	const at = clauses.findIndex((c) => c.includes(mark));
	const explained = clauses[at + 1];
	if (
		at >= 0 &&
		explained &&
		/^when\s/i.test(explained) &&
		markPatterns(mark).bare.test(clauses[at]!)
	)
		return explained.replace(/^when\s+/i, '');
	const main = clauses.filter((c) => !SUBORDINATORS.test(c));
	// With one date in the sentence, the first main clause says what happened; with several,
	// each date governs its own clause.
	// …unless the date is in a second verb phrase of that subject: "studied piano and fled the
	// country after the army crushed the uprising in 1956".
	const ownPhrase = clauses.find((c) => {
		const verb = /^[a-z]+(?:-[a-z]+)?/.exec(c)?.[0] ?? '';
		return (
			c.includes(mark) &&
			(isPastVerb(verb) ||
				/^(?:was|were|would|will)$/.test(verb) ||
				DUE_AFTER.test(c) ||
				FORECAST_CLAUSE.test(`${verb} `))
		);
	});
	// …unless the main clause tells a state and the date is in a clause of its own before it:
	// "Ever since he first learned that Elian was in Florida last November, he has been
	// persistent" → "He first learned Elian was in Florida".
	const dated = clauses.find((c) => c.includes(mark));
	// …unless the date is a forecast's, in a clause of its own after a first that does not look
	// ahead: "Orders have fallen sharply, and Castra expects them to recover next year" dates the
	// forecast, never the fall (dev18e).
	const forecast =
		dated &&
		main[0] &&
		dated !== main[0] &&
		FORECAST_CLAUSE.test(dated) &&
		!LOOKS_AHEAD.test(main[0].replace(/\u2063[TO]\d+\u2063/g, ''));
	if (
		onlyDate &&
		main[0] &&
		!ownPhrase &&
		!forecast &&
		!(dated && main.includes(dated) && ownCoordinate(sentence, dated, main[0], mark)) &&
		!(dated && dated !== main[0] && SUBORDINATORS.test(dated) && tellsState(main[0]))
	)
		return main[0];
	let chosen = clauses.find((c) => c.includes(mark)) ?? main[0] ?? clauses[0] ?? '';
	// "On Friday, a newspaper reported that …": a date alone in an opening phrase dates the
	// clause the phrase opens.
	const next = clauses[clauses.indexOf(chosen) + 1];
	if (
		next &&
		markPatterns(mark).bare.test(chosen) &&
		PREPOSITION.test(chosen) &&
		!SUBORDINATORS.test(next)
	)
		chosen = next;
	// A contrast's own date: "while exports fell in May" reads "Exports fell".
	const clause = chosen.replace(CONTRAST_OR_TIME, '');
	// A second verb phrase takes the first clause's subject: "(the scheme) ran until his arrest".
	const verb = /^([a-z]+(?:-[a-z]+)?)\b/.exec(clause)?.[1];
	if (
		!verb ||
		!(
			isPastVerb(verb) ||
			/^(?:was|were|would|will)$/.test(verb) ||
			DUE_AFTER.test(clause) ||
			// (…and a perfect's: "joined the firm in 2019 and has run its Paris office since".)
			PERFECT_PHRASE.test(clause) ||
			FORECAST_CLAUSE.test(`${verb} `)
		) ||
		clause === clauses[0]
	)
		return clause;
	// …but a verb after a later clause's subject and its aside is that subject's: "…, and only one
	// battalion, under Lieutenant-Colonel John Frost, reached its northern end that evening" →
	// "Only one battalion reached its northern end", never the first clause's subject.
	const host = clauses[clauses.indexOf(chosen) - 1];
	if (host && host !== clauses[0] && ASIDED_SUBJECT.test(host) && !hasFiniteVerb(host))
		return `${host.slice(0, host.indexOf(','))} ${clause}`;
	// A passive goes on in the second phrase: "He was arrested on May 4 and indicted two weeks
	// later" → "He was indicted".
	const passive = PASSIVE_FIRST.exec(clauses[0]!);
	// (Only a bare participle: "was born in Vienna and moved to Paris" moves itself.)
	const bare = new RegExp(
		`^\\S+(?:\\s+(?:\\p{Ll}+ly|later|earlier|then|again))?(?:\\s+(?:\\S+\\s+){0,3}?${MARK}[TO]\\d+${MARK})?$`,
		'u'
	);
	// (Not to a verb that takes no object, which has no passive: "He was released in 2012 and died
	// in 2019" is no "He was died".)
	const carried =
		passive && PARTICIPLE.test(verb) && !NO_PASSIVE.test(verb) && bare.test(clause)
			? `${passive[1]} `
			: '';
	return `${subjectBefore(clauses[0]!)} ${carried}${sameObject(clause, clauses[0]!)}`.trim();
}

/** A clause's subject then its aside, no verb: "only one battalion, under Lieutenant-Colonel …". */
const ASIDED_SUBJECT =
	/^(?!(?:in|on|at|by|for|from|after|before|during|since|until|with|when|while|as|if)\s)(?:\p{Ll}+\s+){0,3}\p{Ll}+,\s+\S/iu;

/** A first verb phrase in the passive: "He was arrested on May 4 …" (its "was"). */
const PASSIVE_FIRST =
	/^(?:\S+\s+){1,5}?(was|were)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|wn|lt|ft|pt|ught)\b/u;

/** A plan's verb phrase: "is due to arrive at Jupiter in 2031". */
/** A second verb phrase in the perfect: "has run", "had held", "have sold". */
const PERFECT_PHRASE = /^(?:has|have|had)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+\b/u;

const DUE_AFTER = /^(?:is|are)\s+(?:due|expected|set|scheduled|slated|poised|likely|going)\s+to\s/;

const RELATIVE_AT_END =
	/\b((?:the|a|an)\s+(?:[\p{Ll}\d-]+\s+){0,2}[\p{Ll}-]+)\s+(?:that|which|who)\s+(\p{Ll}+)\b[^,;]*$/u;

/**
 * The subject a second verb phrase shares with the first: the words before the first's verb
 * ("the scheme" of "the scheme began …"), before a plan's "to" ("Northway to fight the case and
 * expected to close the deal" → "Northway"), or the whole first part when it has no verb
 * ("Samuel Adeyemi, died in 2011" → "Samuel Adeyemi").
 */
/** An adverb between a subject and its verb: "first", "also", "quickly". */
const SUBJECT_ADVERB =
	/(?<=\S)\s+(first|also|still|then|later|once|never|already|soon|finally|\p{Ll}+ly)$/u;

function subjectBefore(first: string): string {
	// The first phrase may be a relative clause's: "a club that finished 11th in 2023 and fired
	// its coach" → "club fired its coach".
	const relative = RELATIVE_AT_END.exec(first);
	if (relative && isPastVerb(relative[2]!)) return relative[1]!;
	// The first verb's adverb is no part of the subject: "The network first noticed … and shut
	// down its system" → "Network shut down its system".
	const subject = subjectOf(first).replace(SUBJECT_ADVERB, (m, adverb: string) =>
		NOT_ADVERBS.has(adverb.toLowerCase()) ? m : ''
	);
	if (subject) return subject;
	const words = first.split(/\s+/);
	const to = words.findIndex(
		(w, i) => i > 0 && w === 'to' && /^\p{Ll}+$/u.test(words[i + 1] ?? '')
	);
	if (to > 0 && to <= 5) return words.slice(0, to).join(' ');
	// A first phrase in the present: its subject is the words before its verb, an adverb aside
	// ("She still runs the bakery and said …" → "She", was "She still runs bakery said …").
	const present = words.findIndex(
		(w, i) => i > 0 && /^\p{Ll}{2,}[^s\W]s$/u.test(w) && !FUNCTION_WORDS.has(w)
	);
	if (present > 0 && present <= 4) {
		let end = present;
		while (end > 1 && /^(?:still|also|now|already|\p{Ll}{3,}ly)$/u.test(words[end - 1]!)) end--;
		return words.slice(0, end).join(' ');
	}
	return words.length <= 5 && /^\p{Lu}/u.test(first) && !first.includes(MARK) ? first : '';
}

/**
 * A second verb phrase whose object is a pronoun for the first's object takes that object:
 * "had bought shares in Meridian in 2019 and sold them last May" → "sold shares in Meridian".
 */
function sameObject(clause: string, first: string): string {
	const m = /^(\p{Ll}+)\s+(them|it)\b/u.exec(clause);
	if (!m) return clause;
	const words = first.split(/\s+/);
	const verb = words.findIndex((w, i) => i > 0 && isPastVerb(w.toLowerCase()));
	if (verb < 0) return clause;
	const object: string[] = [];
	for (const w of words.slice(verb + 1)) {
		if (w.includes(MARK) || /[,;]$/.test(w) || object.length === 6) break;
		object.push(w);
	}
	while (
		object.length &&
		(PREPOSITION.test(`${object.at(-1)} `) || FUNCTION_WORDS.has(object.at(-1)!))
	)
		object.pop();
	// "them" stands for a plural, "it" for one thing: "shares", "the stake".
	const head = object.find((w, i) => i > 0 && PREPOSITION.test(`${w} `))
		? object[object.findIndex((w, i) => i > 0 && PREPOSITION.test(`${w} `)) - 1]
		: object.at(-1);
	const plural = !!head && /[^s]s$/.test(head);
	if (object.length === 0 || plural !== (m[2] === 'them')) return clause;
	return `${m[1]} ${object.join(' ')}${clause.slice(m[0].length)}`;
}
