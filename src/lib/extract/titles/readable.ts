/**
 * The readability gate every finished title passes: a headline is a clause with a subject and a
 * verb of its own, not a fragment. Each fault is a row of `FAULTS` with the title that asked for
 * it; `fault` names the first a title has, or null when it reads as a clause.
 */

import { isPastVerb } from '../happenings';
import { finishesVerb } from '../../temporal/particles';
import { isParticiple } from '../verb-forms';
import { ENDS_NOT, FINITE, PARTICIPLE, PREPOSITIONS, SUBORDINATORS } from './words';

export type Fault =
	| 'subordinate opener'
	| 'possessive opener'
	| 'no subject'
	| 'object first'
	| 'no verb'
	| 'ends inside a phrase'
	| 'past after to'
	| 'adverbial opener'
	| 'glued clause'
	| 'aside left open';

/** A word without the punctuation a title leaves on it ("struck," "Wren."). */
const bare = (word: string) => word.toLowerCase().replace(/^[‘“"']+|[,;:.’”"']+$/g, '');

/** A finite or past form: "said", "was", "struck". */
const finite = (word: string) => FINITE.has(bare(word)) || isPastVerb(bare(word));

/** A verb a headline may carry: a finite or past form, a participle ("born", "taken"). */
const verbal = (word: string) =>
	finite(word) || isParticiple(bare(word)) || PARTICIPLE.test(bare(word));

/** Verbs that take what was said or promised, never an adjective before a noun. */
const SAYING =
	/^(?:said|says|told|asked|promised|announced|agreed|added|warned|reported|argued|testified|insisted|denied|claimed|acknowledged|confirmed|disclosed|vowed|pledged)$/;

/** A capitalised preposition opening a title, as written: "Ahead of …", "In …" (not "AT and T"). */
export const OPENING_PREPOSITION = new RegExp(
	`^(?:Ahead\\s+of|Prior\\s+to|According\\s+to|(?:${PREPOSITIONS.split('|')
		.map((p) => p.charAt(0).toUpperCase() + p.slice(1))
		.join('|')}))\\s`
);

/** A count's "about", "over" or "at least", which opens a subject: "About 300 people gathered". */
const COUNT_OPENER =
	/^(?:About|Around|Over|Under|Nearly|Almost|Roughly|Up\s+to|More\s+than|Fewer\s+than|Less\s+than|At\s+least|At\s+most)\s+(?:[\d$]|one|two|three|four|five|six|seven|eight|nine|ten|a\s+(?:dozen|hundred|thousand)|half|hundreds|thousands|dozens)/;

/** Words after which an "-s" word is a plural noun, not a verb. */
const NOUN_BEFORE = /^(?:[\d$].*|the|a|an|its|their|his|her|our|my|your|this|that|these|those)$/i;

/** Whether the title opens with a verb that has no subject before it. */
function opensWithVerb(words: string[]): boolean {
	const first = bare(words[0]!);
	if (!finite(words[0]!)) return false;
	// A name that looks like a verb ("United States", "Associated Press") is followed by its
	// other capitalised words.
	if (/^\p{Lu}/u.test(words[1] ?? '')) return false;
	if (FINITE.has(first) || SAYING.test(first)) return true;
	// A participle describing the subject: "Redesigned model expected to reach stores".
	return !words.slice(1).some(finite);
}

/**
 * Words that open a clause or a phrase, which a noun phrase left before its subject lacks; after
 * a preposition the pronoun is its object ("Museum about it will open").
 */
const CLAUSE_WORDS = new RegExp(
	`^(?:that|who|which|whom|as|when|while|because|and|but|or|if|so|after|before|since|until|${PREPOSITIONS})$`
);

/** Verbs whose past is their bare form: "to set aside", "to cut losses", "to shred". */
const SAME_PAST =
	/^(?:set|put|cut|shred|hit|let|quit|shut|spread|cost|hurt|cast|read|bid|bet|split|burst|feed|need|bleed|breed|speed|proceed|succeed|exceed|embed)$/;

const DAY_OR_MONTH =
	/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)(?:['’]s)?,?$/;

/**
 * How many words open a title as an adverbial phrase set off by a comma, before the clause's
 * subject: "At its peak, | Coalridge employed 700 workers", "On cold, clear, | more than 3,000
 * people lined streets" (its date cut from "On a cold, clear Saturday evening,"). 0 when the
 * title opens no such phrase: a count ("About 300 people …"), a phrase with a name in it ("In
 * Hammerfest, Ms. Halvorsen was born"), or a phrase with a verb of its own.
 */
export function openerLength(title: string, words = title.split(' ')): number {
	if (!OPENING_PREPOSITION.test(title) || COUNT_OPENER.test(title)) return 0;
	let end = 0;
	for (let i = 0; i < Math.min(words.length - 2, 12); i++) {
		const w = words[i]!;
		if (i > 0 && /^\p{Ll}/u.test(w) && finite(w)) break;
		if (/,$/.test(w)) end = i + 1;
	}
	if (!end) return 0;
	// (A phrase that names where or at what stays: "At summit in Helsinki, Trump suggested …",
	// the seed's; a day's name is the date's, "At Thursday's hearing, 14 victims spoke".)
	if (words.slice(1, end).some((w) => /^\p{Lu}/u.test(w) && !DAY_OR_MONTH.test(w))) return 0;
	const rest = words.slice(end);
	return rest.length >= 2 && rest.slice(1).some((w) => /^\p{Ll}/u.test(w) && finite(w)) ? end : 0;
}

/**
 * Whether a title is a participle's phrase and then a verb, the noun they both tell of gone
 * between them: "Replaced during overhaul, failed four minutes after take-off".
 */
export function participleThenVerb(words: string[]): boolean {
	const comma = words.findIndex((w) => /,$/.test(w));
	return (
		comma > 0 &&
		/^\p{Lu}\p{Ll}{2,}(?:ed|en)$/u.test(words[0]!) &&
		/^\p{Ll}/u.test(words[comma + 1] ?? '') &&
		finite(words[comma + 1]!)
	);
}

export const FAULTS: {
	fault: Fault;
	test: (title: string, words: string[]) => boolean;
	example: string;
}[] = [
	{
		// A subordinate clause is no headline: its main clause or its own words are.
		fault: 'subordinate opener',
		test: (title) => SUBORDINATORS.test(title),
		example: 'As enrollment fell to 180, board hired consultant'
	},
	{
		fault: 'possessive opener',
		test: (title) => /^['’]s\b/.test(title),
		example: '’s shares fell'
	},
	{
		fault: 'no subject',
		test: (title, words) => {
			if (opensWithVerb(words)) return true;
			// A participle's phrase with no clause after it: "Speaking to reporters".
			if (/^\p{Lu}\p{Ll}{2,}ing$/u.test(words[0]!) && !words.some(finite)) return true;
			// …or a perfect participle's, its past no verb of a subject: "Having lost vote by 22 to 19".
			if (/^Having\s/.test(title) && !title.includes(', ')) return true;
			// A passive's participle and its phrase, the noun it tells of gone: "Bought by Bridger
			// Timber Co." (not an adjective before its noun: "Collared male crossed into Utah").
			if (
				/^\p{Lu}\p{Ll}{2,}$/u.test(words[0]!) &&
				(isPastVerb(bare(words[0]!)) || isParticiple(bare(words[0]!))) &&
				/^(?:by|in|at|on|to|from|for|with|into|after|during)$/.test(words[1] ?? '')
			)
				return true;
			if (participleThenVerb(words)) return true;
			// A phrase and then its verb, with no subject between them.
			if (!OPENING_PREPOSITION.test(title) || COUNT_OPENER.test(title)) return false;
			const verb = words.findIndex((w, i) => i > 0 && /^\p{Ll}/u.test(w) && finite(w));
			return verb > 0 && !words.slice(0, verb).some((w) => /,$/.test(w));
		},
		example: 'Ahead of vote on Thursday said, ‘we signed contract’'
	},
	{
		// A relative clause's object left before its subject: "Mahler's Second Symphony it had first
		// performed" (of "…, which it had first performed in 1986").
		fault: 'object first',
		test: (title, words) => {
			// (Not a quotation's, "Today we got all four out alive", nor a relative clause's own
			// subject, "Nonprofit that owns it said …".)
			if (/[‘’]/.test(title) || /^Today\b/.test(title)) return false;
			const at = words.findIndex((w, i) => i >= 1 && /^(?:it|he|she|they|we)$/.test(w));
			return (
				at >= 1 &&
				!words.slice(0, at).some(
					(w) =>
						finite(w) ||
						/^\p{Ll}{2,}[^s\W]s$/u.test(w) ||
						// (A clause of its own before the pronoun: "read from Genesis as they orbited".)
						CLAUSE_WORDS.test(w)
				) &&
				words.slice(at + 1).some(finite)
			);
		},
		example: 'Building he had bought'
	},
	{
		fault: 'no verb',
		test: (title, words) =>
			// (A quotation titled by its speaker reads as said: "Carla Ruiz: ‘We are …’".)
			!/^[^‘:]+:\s+‘/.test(title) &&
			!words.some(
				(w, i) =>
					i > 0 &&
					(verbal(w) ||
						// (A plan's "to" and its verb, not a phrase's: "to reporters", "to the city".)
						(bare(w) === 'to' &&
							/^\p{Ll}{2,}$/u.test(words[i + 1] ?? '') &&
							!/[^s]s$|^(?:the|a|an|his|her|its|their|our|this|that)$/.test(words[i + 1]!)) ||
						// (A plural after a number or a determiner is a noun: "2023 brownfields law".)
						(/^\p{Ll}{3,}[^s’']s[,;:]?$/u.test(w) &&
							!NOUN_BEFORE.test(words[i - 1]!) &&
							!OPENING_PREPOSITION.test(title)))
			),
		example: "Lowell's book Friendly Ones"
	},
	{
		// A subject and its aside, then a clause of time, the subject's own verb never come: "Ferry,
		// largest in fleet when it entered service" (of "The ferry, the largest in the fleet when it
		// entered service on May 3, 1988, had carried …").
		fault: 'no verb',
		test: (title) => {
			const m = /^([^,‘’]+),\s+([^,‘’]+?)\s(?:when|while|after|before|because|until|since)\s/.exec(
				title
			);
			return !!m && !`${m[1]} ${m[2]}`.split(' ').slice(1).some(finite);
		},
		example: 'Ferry, largest in fleet when it entered service'
	},
	{
		fault: 'ends inside a phrase',
		test: (title, words) => {
			// (A quotation ends as it was said.)
			if (/’$/.test(title)) return false;
			const last = bare(words.at(-1)!);
			if (!ENDS_NOT.has(last)) return false;
			// (A particle ends a phrasal verb after the verb, its "-ing" form, a bare verb after "to",
			// or a pronoun object: "Snow began piling up", "to fight on", "turned it down"; a
			// preposition only after a verb it finishes: "Delgado sworn in", not "Company founded in".)
			const at = /^(?:it|them|him|us)$/.test(bare(words.at(-2) ?? '')) ? -3 : -2;
			const verb = words.at(at) ?? '';
			return !finishesVerb(
				last,
				bare(verb),
				verbal(verb) ||
					/^(?:sworn|slow|shut|set|put|cut)$|^\p{Ll}{3,}ing$/u.test(bare(verb)) ||
					bare(words.at(at - 1) ?? '') === 'to'
			);
		},
		example: 'Dane County judge ordered town of'
	},
	{
		// A past form after "to" is what is left of a phrase cut out between them: "Last to died", of
		// "The last to do so alive, in December 2018, died the next day".
		fault: 'past after to',
		// (A past form ending the title or its phrase, not an adjective before a noun: "traced
		// explosion to damaged thermostat"; nor a verb whose base is its past: "to set aside".)
		test: (_, words) =>
			words.some(
				(w, i) =>
					i > 0 &&
					bare(words[i - 1]!) === 'to' &&
					/^\p{Ll}+$/u.test(bare(w)) &&
					isPastVerb(bare(w)) &&
					!SAME_PAST.test(bare(w)) &&
					(i === words.length - 1 || CLAUSE_WORDS.test(bare(words[i + 1]!)))
			),
		example: 'Last to died'
	},
	{
		// A headline opens with its subject: an adverbial phrase before it is background, or what
		// is left of the date's phrase ("On cold, clear, more than 3,000 people lined streets").
		fault: 'adverbial opener',
		test: (title, words) => openerLength(title, words) > 0,
		example: 'At its peak, Coalridge employed 700 workers'
	},
	{
		// A clause glued on after a comma that points back at the whole clause, with no antecedent
		// in a headline: "Nova Scotia revived custom, since when tree has been sent".
		fault: 'glued clause',
		test: (title) => GLUED.test(title),
		example: 'Village first held parade, since when it has been cancelled twice'
	},
	{
		// Two clauses joined by a colon, each with its verb: one headline is one clause ("Plant
		// never came close: it ran single shift"). (Not a saying's words: "Moran said: We …".)
		fault: 'glued clause',
		test: (title) => {
			const colon = /^([^:‘’]+):\s+(\p{Ll}[^:‘’]*)$/u.exec(title);
			return (
				!!colon &&
				!/\b(?:said|says|told|added|wrote|warned|announced)$/.test(colon[1]!) &&
				colon[1]!.split(' ').slice(1).some(finite) &&
				colon[2]!.split(' ').slice(1).some(finite)
			);
		},
		example: 'Plant never came close: it ran single shift'
	},
	{
		// An aside opened after a verb and cut before it closes, the verb's clause gone: "Parish
		// council said, in statement issued".
		fault: 'aside left open',
		test: (title, words) => {
			const open = OPEN_ASIDE.exec(title);
			if (!open) return false;
			// (…or a verb that takes what was said or found, with nothing of it after the aside:
			// "Company said, in filing".)
			const verb = bare(open[1]!);
			return (
				verbal(words.at(-1)!) ||
				ENDS_NOT.has(bare(words.at(-1)!)) ||
				SAYING.test(verb) ||
				/^(?:found|ruled|concluded|wrote|decided|learned|discovered)$/.test(verb)
			);
		},
		example: 'Transport Safety Board found, in interim report released'
	}
];

/** A clause that points back at the one before it: ", since when", ", after which". */
const GLUED =
	/,\s+(?:since\s+when|after\s+which|by\s+which\s+time|at\s+which\s+point|whereupon|since\s+which)\s/i;

/**
 * A verb, a comma, and a phrase of where, when or how with no comma after it to the title's end
 * (not a plan's "to": "expects planer mill, still being rebuilt, to run").
 */
const OPEN_ASIDE =
	/\s(\p{Ll}{2,}),\s+(?:in|at|on|during|through|under|with|after|before|from|by|amid|despite|according\s+to)\s+[^,]*$/u;

/** The first fault of a finished title, or null when it reads as a clause. */
export function fault(title: string): Fault | null {
	const words = title.split(' ');
	return FAULTS.find((row) => row.test(title, words))?.fault ?? null;
}

/** Where clauses of a sentence meet: a semicolon, a comma before "and", "but", "while" or "yet". */
export const CLAUSE_BREAK = /;\s+|,\s+(?:and|but|while|yet)\s+/g;

/** The verbs a title tells by: past forms and participles (auxiliaries and sayings aside). */
function toldBy(text: string): string[] {
	return text
		.split(/\s+/)
		.map(bare)
		.filter(
			(w) =>
				!/^(?:is|are|was|were|be|been|being|has|have|had|do|does|did|said|says|told)$/.test(w) &&
				(isPastVerb(w) || isParticiple(w))
		);
}

/**
 * Whether a title tells another clause of its sentence than the one its date is in: none of its
 * verbs is a verb of the date's clause, and one is another clause's ("Landscapers objected, and
 * the council shelved the plan last spring" titled "Landscapers objected" for last spring).
 * `at` is where the date is in `sentence`.
 */
export function otherClause(title: string, sentence: string, at: number): boolean {
	if (/^[^‘:]+:\s+‘/.test(title)) return false;
	const cuts = [0, ...[...sentence.matchAll(CLAUSE_BREAK)].map((m) => m.index + m[0].length)];
	if (cuts.length < 2) return false;
	const ends = [...cuts.slice(1), sentence.length];
	const pieces = cuts.map((c, i) => sentence.slice(c, ends[i]));
	const k = cuts.findLastIndex((c) => c <= at);
	const told = toldBy(title);
	const own = new Set(toldBy(pieces[k]!));
	if (!told.length || !own.size || told.some((v) => own.has(v))) return false;
	// (Only a clause the date cannot date: a state or a denial. A past one joined by "and" may be
	// dated by a date that ends the sentence, as the seed's "The intelligence finding was briefed
	// to President Donald Trump, and the … council discussed the problem … in late March" is.)
	return pieces.some(
		(p, i) => i !== k && UNDATED.test(p) && toldBy(p).some((v) => told.includes(v))
	);
}

/** A clause of a state or a denial, which a past date does not date: "No one has been charged". */
const UNDATED =
	/\b(?:has|have)\s+(?:not\s+|never\s+)?(?:been\s+)?\p{Ll}+|\b(?:no\s+one|nobody|nothing|never)\b|\b(?:not|n['’]t)\s/iu;
