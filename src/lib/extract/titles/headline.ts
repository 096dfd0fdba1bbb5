/**
 * A clause in headline style: no articles or auxiliaries, at most eleven words (a few more to
 * end a clause whole), shortened before it is cut and never cut inside a name, a measure, a pair
 * or a clause.
 */

import { finishesVerb } from '../../temporal/particles';
import { isParticiple, withoutAuxiliaries } from '../verb-forms';
import { withoutDates } from './markers';
import { wholeCut } from './whole-clause';
import { withoutSubjectPhrase } from './subject-phrases';
import { isPastVerb } from '../happenings';
import {
	ENDS_NOT,
	FINITE,
	FUNCTION_WORDS,
	HELD_TO_WORDS,
	ING_NOUNS,
	MAX_WORDS,
	NOT_ADVERBS,
	PREPOSITION,
	PREPOSITIONS,
	QUOTED_SPACE
} from './words';

/**
 * A verb's particle ending a title is part of the verb: "Talks broke down", "He stepped down",
 * "Daniel Okoye took over", "The tunnel caved in".
 */
function particle(title: string): boolean {
	const [verb = '', last = ''] = title.toLowerCase().split(' ').slice(-2);
	// (A passive's participle too: "The dam was torn down"; and a state's "was" or "were": "By
	// April 21 the flames were out", "Shares were up".)
	return finishesVerb(
		last,
		verb,
		isPastVerb(verb) || isParticiple(verb) || /^(?:was|were|is|are|been)$/.test(verb)
	);
}

/** Words that open a phrase, where a long label may end whole ("for at least two" may not). */
const PHRASE_STARTS = new Set(
	`${PREPOSITIONS.replace(/\|/g, ' ')} outside inside near above below beside beyond behind along among beneath past that which who whom whose while when because`.split(
		' '
	)
);

/**
 * Whether a phrase may start at word `i`: not inside a measure ("winds of up to 120 mph" has
 * no phrase at "of" or "to"), where a cut would leave "with winds of up".
 */
function phraseStartsAt(words: string[], i: number): boolean {
	const w = words[i]!.toLowerCase();
	if (!PHRASE_STARTS.has(w)) return false;
	if (w === 'to' && words[i - 1]?.toLowerCase() === 'up') return false;
	// (Nor at the "in" of a sum's kind: "$340,000 | in bribes" would leave a bare sum.)
	if (w === 'in' && /^\$[\d.,\u2064]+$|^(?:million|billion)$/.test(words[i - 1] ?? ''))
		return false;
	// (Nor at the "to" of an adjective that takes one: "300 households closest | to the tracks"
	// would leave "closest" hanging.)
	if (
		w === 'to' &&
		/^(?:\p{Ll}{3,}est|close|closer|next|due|similar|prior|subject)$/u.test(words[i - 1] ?? '')
	)
		return false;
	// (Nor at the "of" of a share: "to replace all | of the city's lead pipes" would leave the
	// verb's object a bare "all".)
	if (w === 'of' && SHARES.test(words[i - 1] ?? '')) return false;
	// (A measure of an object may go whole: "to offer a reward | of up to $2 million".)
	return !(
		w === 'of' &&
		MEASURE_OPENS.test(words[i + 1] ?? '') &&
		PREPOSITION.test(`${words[i - 2] ?? ''} `)
	);
}

/** Words of a share or a count before "of": "all of", "most of", "two of". */
const SHARES =
	/^(?:all|most|some|many|much|part|half|none|each|any|both|several|few|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|\d[\d,.]*)$/i;

/** Words that open a measure after "of": "of up to", "of more than", "of 12 feet". */
const MEASURE_OPENS = /^(?:up|more|less|nearly|almost|about|around|roughly)$/i;

/**
 * A clause in headline style without its dates, remembered for the last clause: a title with
 * no verb looks for its main clause, which is often the very words just tried.
 */
let lastPlain: { clause: string; texts: Map<string, string>; title: string } | null = null;

export function plainTitle(clause: string, texts: Map<string, string>): string {
	if (lastPlain?.clause === clause && lastPlain.texts === texts) return lastPlain.title;
	const title = headline(withoutDates(clause, texts));
	lastPlain = { clause, texts, title };
	return title;
}

/** Verbs of saying that may name where before what: "disclosed in a filing that …". */
const SAYING_WITH_PLACE =
	/^(?:said|disclosed|announced|reported|warned|acknowledged|confirmed|wrote)$/;

/** Offices and roles before a name, which a long headline leaves out ("spokesman Yuri Gremitskikh"). */
const OFFICES = new Set(
	`president vice prime minister secretary general attorney chief executive officer director
	spokesman spokeswoman ambassador commander judge justice senator sen. rep. representative
	gov. governor mayor chairman chairwoman leader adviser aide deputy assistant envoy king queen
	prince manager coach owner founder`.split(/\s+/)
);

/** Words that make a capitalised run a body, not a person: "Middle East News Agency". */
const BODIES =
	/^(?:agency|news|party|council|committee|department|ministry|office|house|times|post|company|corp\.?|inc\.?|group|bank|court|army|service)$/i;

/** A subject's verb, for shortening: a finite or past form, not a participle of a perfect. */
const SUBJECT_VERB = (x: string) =>
	/^\p{Ll}/u.test(x) &&
	x !== 'been' &&
	x !== 'be' &&
	(FINITE.has(x) || isPastVerb(x) || isParticiple(x));

/**
 * Words a headline over its length drops before it is cut, so that the verb keeps its object
 * (a cut stops inside it: "Judge ordered town of Verona Falls", "Lander will try to drill"). Each
 * row drops a modifier and keeps what it modifies.
 */
export const LIGHTER: { pattern: RegExp; by: (...m: string[]) => string; example: string }[] = [
	{
		// A place's kind before its name.
		pattern: /\b(?:town|city|village|borough|county|state|province|district)\s+of\s+(?=\p{Lu})/gu,
		by: () => '',
		example: 'ordered town of Verona Falls to reopen → ordered Verona Falls to reopen'
	},
	{
		// One of a plural after a preposition: the thing itself. (Not a subject's: "disclosed one of
		// its lines had failed" keeps whose lines.)
		pattern:
			/\b(into|in|on|at|to|from|with|near|inside|onto|toward|towards)\s+one\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(\p{Ll}{3,}?)(ies|s)\b(?!['’])/gu,
		// (Not a plural in "-es" after a hiss: "one of the buses" has no "buse".)
		by: (m, preposition, stem, plural) =>
			/(?:s|x|z|ch|sh)e$/.test(stem!) ? m! : `${preposition} ${stem}${plural === 'ies' ? 'y' : ''}`,
		example: 'drill into one of the craters → drill into crater'
	},
	{
		// "only" after a determiner, before the words of its noun.
		pattern: /\b(its|their|his|her|the|\p{Lu}[\p{L}-]*['’]s)\s+only\s+(?=\p{Ll}{3,}\s+\p{Ll})/gu,
		by: (_, determiner) => `${determiner} `,
		example: 'reopen its only public boat ramp → reopen its public boat ramp'
	}
];

/** A clause without the modifiers of `LIGHTER`. */
function lighter(clause: string): string {
	return LIGHTER.reduce((c, { pattern, by }) => c.replace(pattern, by), clause);
}

/**
 * A headline over its length first loses what headlines leave out: an office before a name
 * ("Soviet Foreign Ministry spokesman Yuri Gremitskikh said" → "Yuri Gremitskikh said"), "told
 * its audience that" for "said", and a short subject's prepositional phrase ("Investigation by
 * federal regulators found" → "Investigation found").
 */
function shortened(words: string[], passives: Set<string>): string {
	// (A participle's phrase on the subject goes first: "Lunar lander carrying nine instruments
	// for NASA touched down" keeps its verb, see subject-phrases.ts.)
	let w = withoutSubjectPhrase(lighter(words.join(' ')).split(' '), passives);
	const verb = () => w.findIndex((x, i) => i > 0 && SUBJECT_VERB(x));
	let v = verb();
	// The office: up to and including its last office word, when a name of two words or more
	// (all capitals) follows and comes right before the verb.
	if (v >= 3) {
		const office = w.slice(0, v).findLastIndex((x) => OFFICES.has(x.toLowerCase()));
		const name = w.slice(office + 1, v);
		// (Only one person's: "Mayor Alex Penelas and Mayor Joe Carollo" keeps both.)
		if (
			office >= 0 &&
			!w.slice(0, office).includes('and') &&
			name.length >= 2 &&
			name.every((x) => /^\p{Lu}[\p{L}.’'-]*$/u.test(x) && !BODIES.test(x))
		) {
			w = w.slice(office + 1);
			v = verb();
		}
	}
	// "told a news conference that" → "said" (not a passive's "was told … that").
	const told = w.indexOf('told');
	const that = w.indexOf('that', told);
	if (
		told > 0 &&
		that > told &&
		that - told <= 5 &&
		!/^(?:was|were|been|being|is|are)$/.test(w[told - 1]!) &&
		!w.slice(told, that).some((x) => x.endsWith(','))
	) {
		// (An audience told by a bare plural stays: "told analysts on a call that demand had
		// slowed" → "told analysts demand had slowed".)
		if (AUDIENCES.test(w[told + 1] ?? '') && that > told + 1) w.splice(told + 2, that - told - 1);
		else w.splice(told, that - told + 1, 'said');
	}
	// "disclosed in a filing that" → "disclosed": where it was said gives way to what.
	const saying = w.findIndex((x, i) => i > 0 && SAYING_WITH_PLACE.test(x));
	const thatAfter = w.indexOf('that', saying);
	if (
		saying > 0 &&
		thatAfter > saying + 1 &&
		thatAfter - saying <= 6 &&
		PREPOSITION.test(`${w[saying + 1]} `) &&
		!w.slice(saying, thatAfter).some((x) => /[,;]$/.test(x))
	)
		w.splice(saying + 1, thatAfter - saying);
	// A relative clause inside the object: "said a suspect who was returned from Pakistan had
	// not admitted any role" → "said suspect had not admitted any role".
	const who = w.findIndex((x, i) => i > 1 && x === 'who');
	if (who > 0) {
		const own = w.findIndex((x, i) => i > who && SUBJECT_VERB(x));
		const next = w.findIndex((x, i) => i > own + 1 && SUBJECT_VERB(x));
		if (
			own > who &&
			next > own &&
			next - who <= 8 &&
			!w.slice(who, next).some((x) => /[,;]$/.test(x))
		)
			w.splice(who, next - who);
	}
	// …and so does a participle's phrase on the subject of what was said: "reported a new battery
	// made from iron and salt water held 90 percent of its charge" → "reported new battery held
	// 90 percent of its charge", not "… new battery made".
	const sayingAt = w.findIndex((x, i) => i > 0 && SAYING_VERBS.test(x));
	if (sayingAt > 0) {
		const made = w.findIndex(
			(x, i) =>
				i > sayingAt + 2 &&
				i <= sayingAt + 4 &&
				(isParticiple(x) || isPastVerb(x)) &&
				// (A passive's phrase: "made from iron", never an object, "made a loss".)
				/^(?:from|by|in|with|at|for|of|on|under|near)$/.test(w[i + 1] ?? '') &&
				/^\p{Ll}{3,}$/u.test(w[i - 1]!) &&
				!FUNCTION_WORDS.has(w[i - 1]!) &&
				!SUBJECT_VERB(w[i - 1]!) &&
				!w.slice(sayingAt + 1, i).some(SUBJECT_VERB)
		);
		const next = made > 0 ? w.findIndex((x, i) => i > made + 1 && SUBJECT_VERB(x)) : -1;
		if (
			made > 0 &&
			next > made &&
			next - made <= 7 &&
			!w
				.slice(made, next)
				.some(
					(x, k) =>
						/[,;]$/.test(x) || (/^(?:and|or|but)$/.test(x) && SUBJECT_VERB(w[made + k + 1] ?? ''))
				) &&
			!/^(?:by|and|or|that|which|who)$/.test(w[next - 1]!)
		)
			w.splice(made, next - made);
	}
	v = verb();
	// The prepositional phrase of a subject of a few nouns, without commas or a verb-like word
	// before it ("Qantas plans daily flights between …" has one).
	if (
		v >= 4 &&
		v <= 12 &&
		w.length > MAX_WORDS &&
		!/^\p{Lu}/u.test(w[v - 1]!) &&
		!PREPOSITION.test(`${w[0]} `) &&
		!/ing$/.test(w[0]!) &&
		!w.slice(0, v).some((x) => /[,;:()]/.test(x))
	) {
		let p =
			w
				.slice(1, v - 1)
				.findIndex(
					(x) => PREPOSITION.test(`${x} `) && !/^(?:of|since|after|before|until|as)$/.test(x)
				) + 1;
		// "up to" is a quantity's, not a phrase's start: "Gusts of up to 50 miles an hour pushed"
		// loses its whole measure ("Gusts pushed"), never half of it ("Gusts of up pushed").
		if (p > 1 && w[p - 1] === 'up') p = w[p - 2] === 'of' ? p - 2 : 0;
		// (Nor a phrase with a clause of its own: "for the opinion she rendered", "in returning …".)
		if (
			p > 0 &&
			!w.slice(1, p).some((x) => /^\p{Ll}+s$/u.test(x) && !/ss$/.test(x)) &&
			!w
				.slice(p, v)
				.some(
					(x) =>
						/^(?:he|she|it|they|we|i|who|that)$/i.test(x) || (/ing$/.test(x) && !ING_NOUNS.has(x))
				)
		)
			w.splice(p, v - p);
	}
	return w.join(' ');
}

/**
 * Where a list ends that runs on from a comma before word `from` ("names, | addresses and Social
 * Security numbers | of 40,000 residents"): the phrase after its last member, no further than
 * word `limit`; null when the words after the comma are no list's (a verb, or no "and" or "or"
 * before the next phrase).
 */
function listEnd(words: string[], from: number, limit: number): number | null {
	const and = words.findIndex((w, i) => i > from && i < limit && /^(?:and|or)$/.test(w));
	if (and < 0 || and - from > 4) return null;
	// (Every member a noun phrase of a few words: no verb, no participle, no phrase opening.)
	const member = (w: string, i: number) =>
		!FINITE.has(w) &&
		!isPastVerb(w.replace(/,$/, '')) &&
		!/ing,?$/.test(w) &&
		!phraseStartsAt(words, i) &&
		!/^\d/.test(w);
	for (let i = from; i < and; i++) if (!member(words[i]!, i)) return null;
	for (let end = and + 2; end <= Math.min(limit, words.length, and + 5); end++) {
		if (!member(words[end - 1]!, end - 1) || /[,;]$/.test(words[end - 1]!)) return null;
		if (end === words.length || phraseStartsAt(words, end)) return end;
	}
	return null;
}

/** How many words past its length a headline may run to keep a name or a reported verb whole. */
const OVERRUN = 4;

/** Verbs of saying whose clause a cut must not leave without its verb. */
const SAYING_VERBS =
	/^(?:said|says|announced|warned|reported|told|added|confirmed|disclosed|acknowledged|argued|testified|estimated|predicted)$/;
/** Verbs that take a finding by its "that": "found that", "ruled that". */
const FOUND_THAT =
	/^(?:found|finds|concluded|ruled|determined|decided|learned|discovered|showed|shows|revealed)$/;

/**
 * A cut after a verb of saying and before the verb of what was said moves on past that verb, to
 * the next phrase (at most OVERRUN words past the length): "warned cases of measles had risen",
 * "announced Harlow Museum of Art and Industry will close its doors".
 */
function withReportedVerb(words: string[], cut: number, maxWords: number): number {
	// (…and so does what was found or ruled, told by its "that": "Board found that pilots | had
	// shut down wrong engine".)
	const said = words
		.slice(0, cut)
		.findLastIndex(
			(w, i) => SAYING_VERBS.test(w) || (FOUND_THAT.test(w) && words[i + 1] === 'that')
		);
	if (
		said < 0 ||
		words
			.slice(said + 1, cut)
			.some((w) => SUBJECT_VERB(w) || (/^\p{Ll}+s$/u.test(w) && FINITE.has(w)))
	)
		return cut;
	const verb = words.findIndex((w, i) => i >= cut && SUBJECT_VERB(w));
	if (verb < 0 || verb > maxWords + OVERRUN - 1) return cut;
	// The verb with its auxiliaries and the words after it, up to the next phrase.
	let end = verb + 1;
	while (end < words.length && end < maxWords + OVERRUN && !phraseStartsAt(words, end)) end++;
	return end;
}

/** A bare verb or a past one after "and": the start of a second verb phrase. */
const SECOND_VERB = {
	test: (w: string) =>
		/^\p{Ll}/u.test(w) && !FUNCTION_WORDS.has(w) && (isPastVerb(w) || BARE_VERB.test(w))
};
/** Bare verbs a plan's second phrase opens with: "would cut jobs and close two bakeries". */
const BARE_VERB =
	/^(?:close|open|cut|sell|buy|build|raise|lower|move|hire|fire|pay|seek|shut|end|add|keep|drop|lay|invest|spend|merge|sue|appeal|resign|leave|return|expand|reduce|offer|review|delay|ban|limit)$/;

/** A singular noun of a compound before "-ing" ("lawn watering"), not a verb's plural subject. */
const BARE_OBJECT = /^(?!(?:been|being|them|him|her|it|us|me)$)\p{Ll}{3,}[^s\W]$/u;

/** Where a clause's first verb is (past, finite), or Infinity without one. */
/** Prepositions of a phrase of place after a subject's noun. */
const PLACE_PREPOSITION = /^(?:in|at|near|outside)$/;

/** `words` with the subject's trailing phrases of place gone until its verb fits. */
function subjectShortened(words: string[], maxWords: number): string[] {
	let verb = firstVerb(words);
	if (verb === Infinity || verb <= maxWords - 3) return words;
	// (Its verb a past form, the phrase short and the first after the subject's noun: "in north
	// Leeds", never a list's or a clause's words.)
	if (!isPastVerb(words[verb]!)) return words;
	let shorter = words;
	for (let i = verb - 1; i > 1 && i >= verb - 4 && verb > maxWords - 3; i--)
		if (PLACE_PREPOSITION.test(shorter[i]!) && /^\p{Lu}/u.test(shorter[i - 1]!)) {
			shorter = [...shorter.slice(0, i), ...shorter.slice(verb)];
			verb = i;
		}
	// (Only when the verb then fits with two words of its object.)
	return verb <= maxWords - 3 ? shorter : words;
}

function firstVerb(words: string[]): number {
	const at = words.findIndex((w, i) => i > 0 && SUBJECT_VERB(w));
	return at < 0 ? Infinity : at;
}

/**
 * A whole quotation inside a clause: its words stay as said ("wanted \"a governor, not …\""), in
 * double marks or in single ones ("called collapse ‘a failure of every level of government’",
 * was "‘failure of …’"), never the "’" of "workers’ union".
 */
const QUOTATIONS = [
	/(?:“|")([^“”"]{2,160}?)[.,]?(?:”|")/g,
	/(?<=^|\s)‘([^‘’]{2,160}?)[.,]?’(?!\p{L})/gu
];

/** Stands for a quotation while the words around it are made headline style. */
const QUOTED = '\u2060';

const PART_OF_GROUP =
	/\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+of\s+(?:the|these|those)\s+(?=[\p{L}-]+[^s\s’']s\b)/giu;

/** A number is no kind: "two Libyans suspected of …" keeps "two". */
const COUNTS =
	/^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|most|all|both|few|dozens|hundreds|thousands|millions)$/;
const KIND_BEFORE_NAME =
	/^((?:\p{Ll}[\p{Ll}-]*\s+){1,3})(?=(?:\p{Lu}[\p{L}’'.&-]*\s+){1,4}\p{Ll}+(?:ed|ew|ld|ote|ook|ave|ame|ent)\b)/u;

/** Who may be told, as a bare plural after "told": "told analysts on a call that …". */
const AUDIENCES =
	/^(?:analysts|reporters|investors|lawmakers|supporters|journalists|employees|workers|shareholders|students|voters|members|jurors|residents|parents)$/;

/** A capital a quotation leaves after a verb of saying, on a word that is never a name. */
const STRAY_CAPITAL =
	/\b(said|says|told\s+\S+|added|warned|declared|wrote),?\s+(The|A|An|This|That|These|Those|We|It|Its|Our|Their|There|They|I'm|Tonight|Today|Yesterday|Now|Everyone|Nobody|No one|Nothing|Every)\b/g;

/** Stands for a "had" that stays while auxiliaries go. */
const KEPT_HAD = '\u2061';
/** Stand for a passive's "was" and "were" that stay after a verb of saying. */
const KEPT_WAS = '\u2067';
const KEPT_WERE = '\u2068';
/** A verb of saying, after which a past perfect keeps its "had". */
const REPORTED =
	/\b(?:said|says|told|testified|reported|announced|acknowledged|warned|disclosed)\u2066?\s/;

/**
 * What was said keeps its past perfect, which tells what came before the saying: "She said on
 * Friday that most residents had left in time" → "Gloria Estes said most residents had left in
 * time", not "… left in time".
 */
function keptPerfect(clause: string): string {
	const said = REPORTED.exec(clause);
	if (!said) return clause;
	const at = said.index + said[0].length;
	// ("had been awarded" is a passive, which loses its auxiliaries: "contract awarded".)
	// …and a passive's "was" or "were": "said the telescope's instruments were recalibrated" is no
	// "said … instruments recalibrated".
	return (
		clause.slice(0, at) +
		clause
			.slice(at)
			.replace(/\bhad(?=\s+(?!been\b)\p{Ll})/gu, KEPT_HAD)
			.replace(/\b(was|were)(?=\s+\p{Ll}{3,}ed\b)/gu, (_, be: string) =>
				be === 'was' ? KEPT_WAS : KEPT_WERE
			)
	);
}

/**
 * Adverbs a headline keeps, since without them it says something else: a hedge ("The bridge
 * nearly collapsed in 2019" is no "Bridge collapsed"), a claim not yet proved ("allegedly
 * stole"), or a part for the whole ("partly reopened").
 */
const HEDGES = new Set(
	`nearly barely narrowly hardly scarcely partly partially allegedly reportedly apparently
	possibly probably temporarily provisionally tentatively conditionally briefly unsuccessfully
	wrongly falsely mistakenly`.split(/\s+/)
);

/**
 * Whether a cut before word `cut` leaves a participle hanging: "… began working", "… two men
 * suspected". ("the 2023 shooting" is a noun after its modifier, and stays.)
 */
function hangs(words: string[], cut: number): boolean {
	return (
		(/^[a-z]{3,}ing,?$/.test(words[cut - 1]!) &&
			!ING_NOUNS.has(words[cut - 1]!.replace(/,$/, '')) &&
			!/^(?:the|a|an|its|their|his|her|[\d,.]+|\S+['’]s)$/i.test(words[cut - 2]!) &&
			// (Nor one after a determiner and a word that tells what kind: "its online banking".)
			!(
				/^(?:the|a|an|its|their|his|her|\S+['’]s)$/i.test(words[cut - 3] ?? '') &&
				/^\p{Ll}+$/u.test(words[cut - 2]!) &&
				!isPastVerb(words[cut - 2]!) &&
				!FINITE.has(words[cut - 2]!)
			) &&
			// (Nor a noun's kind after a bare verb: "to limit lawn watering".)
			!(
				words[cut - 4] === 'to' &&
				BARE_VERB.test(words[cut - 3]!) &&
				BARE_OBJECT.test(words[cut - 2]!)
			)) ||
		(HELD_TO_WORDS.test(words[cut - 1]!) && /^(?:of|for|with)$/.test(words[cut] ?? '')) ||
		// "… group of vape shop owners led | by Tom Barrett": a participle after the verb, cut
		// from its phrase.
		(cut - 1 > firstVerb(words) &&
			isPastVerb(words[cut - 1]!) &&
			words[cut] === 'by' &&
			/^(?:\p{Lu}\p{L}*|\p{Ll}+s)$/u.test(words[cut - 2]!) &&
			!FINITE.has(words[cut - 2]!))
	);
}

/** Never half of a pair: "chased Elian around yard and nipped". */
function cutPair(s: string): string {
	return s.replace(/,?\s+(?:and|or|but)\s+(?:were\s+|was\s+)?\S+$/i, '');
}

/**
 * A title's end without a function word: "…told officials it is" loses "is", then its subject
 * "it" too; "signed it" keeps its object. (A quotation said whole keeps its last word: "“It is
 * over,” she said" is no "It".)
 */
function endWhole(s: string, whole: boolean): string {
	let cut = false;
	for (
		let last = s.split(' ').pop()!.toLowerCase();
		!whole && s.includes(' ') && ((ENDS_NOT.has(last) && !particle(s)) || (cut && last === 'it'));
		last = s.split(' ').pop()!.toLowerCase()
	) {
		s = s.slice(0, s.lastIndexOf(' '));
		cut = true;
	}
	return s.replace(/[\s,;:—–-]+$/, '');
}

/**
 * A clause in headline style, at most `maxWords` long. What someone said (`quoted`) keeps its
 * verbs as they were said: "Justice was done" is no "Justice done".
 */
export function headline(clause: string, maxWords = MAX_WORDS, quoted = false): string {
	clause = clause.replaceAll(QUOTED_SPACE, ' ');
	// A quotation of several words inside the clause keeps them: articles and all.
	const quotations: string[] = [];
	if (/[“"‘]/.test(clause))
		for (const quotation of QUOTATIONS)
			clause = clause.replace(quotation, (m, words: string) => {
				// (A name in quotation marks is a work's title, and loses them: "Night Garden".)
				if (!/(?:^|\s)\p{Ll}/u.test(words) || !words.trim().includes(' ')) return m;
				// (A date taken out of what was said leaves no space before its closing mark: "had
				// ‘lost money every quarter’", was "… quarter ’".)
				quotations.push(words.trim().replace(/\s{2,}/g, ' '));
				return `${QUOTED}${quotations.length - 1}${QUOTED}${/,["”’]$/.test(m) ? ',' : ''}`;
			});
	// (A passive's participle, its auxiliary about to go, is the clause's verb: "A woman in labor
	// was flown by helicopter" has no phrase "flown by helicopter" on its subject.)
	const passives = new Set(
		[...clause.matchAll(/\b(?:was|were|is|are|been|being|be)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)/gu)].map(
			(m) => m[1]!
		)
	);
	let s = quoted
		? clause
		: withoutAuxiliaries(
				keptPerfect(clause).replace(/\b(\w+ly)\s+(?=\w+ed\b|\w+$)/g, (m, adverb: string) =>
					NOT_ADVERBS.has(adverb.toLowerCase()) || HEDGES.has(adverb.toLowerCase()) ? m : ''
				)
			)
				.replace(/\balso\s+(?=(\w+)\b)/gi, (m, verb: string) =>
					/ed$/.test(verb) || isPastVerb(verb) ? '' : m
				)
				.replaceAll(KEPT_HAD, 'had')
				.replaceAll(KEPT_WAS, 'was')
				.replaceAll(KEPT_WERE, 'were');
	s = s
		.replace(/\b(\w+(?:ed|id|ew|ought|old))\s+that\s+/gi, '$1 ')
		// A number of a group reads as the number: "Two of the justices dissented" → "Two
		// justices dissented" (not "one of the": "One justices").
		.replace(PART_OF_GROUP, '$1 ')
		// Articles go, except in rates and amounts ("$1.92 a share", "twice a year").
		// …and after a share of a whole: "most of the jobs" is no "most of jobs".
		.replace(
			/(?<![\d%]\s|\b(?:twice|once|times|percent|cents?|dollars?|miles|kilometers|feet|meters|gallons|pounds)\s|\b(?:most|many|some|all|half|none|each|any|both|much|several|few|one|two|three|four|five|six|seven|eight|nine|ten)\s+of\s)\b(?:the|a|an)\s+/gi,
			''
		)
		// Quotation marks left by the cut, and brackets emptied of their date: "leave ()".
		.replace(/``|''|[“”"]/g, '')
		// A quotation's first word after a verb of saying is no name: "said We will" → "said we will".
		.replace(STRAY_CAPITAL, (m, verb: string, word: string) => `${verb} ${word.toLowerCase()}`)
		.replace(/\(\s*\)|\[\s*\]/g, '')
		.replace(/^\s*(?:and|but|so|then|also|that)\b,?\s+/i, '')
		.replace(/\s+([,;:])/g, '$1')
		.replace(/,\s*,/g, ',')
		.replace(/\s{2,}/g, ' ')
		.replace(/^[\s,;:—–-]+|[\s,;:—–-]+$/g, '');
	// A kind before a name goes ("the utility Northern Valley Power disclosed" → "Northern Valley
	// Power disclosed"); an office stays ("Judge Robert Tan ruled"), and so does a thing placed
	// by the name ("the dam above Carver Creek gave way" is no "Carver Creek gave way").
	if (!quoted) {
		const kind = KIND_BEFORE_NAME.exec(s);
		if (
			kind &&
			kind[1]!
				.trim()
				.split(' ')
				.every(
					(w) =>
						!OFFICES.has(w) &&
						!FUNCTION_WORDS.has(w) &&
						!PHRASE_STARTS.has(w) &&
						!isPastVerb(w) &&
						!COUNTS.test(w)
				)
		)
			s = s.slice(kind[1]!.length);
	}
	let words = s.split(' ');
	// Too long with a scene set first ("In his Sunday Mass at St. Patrick's, the cardinal
	// condemned…"): the happening is after the comma.
	const opening = s.indexOf(', ');
	if (words.length > maxWords && PREPOSITION.test(s) && opening > 0) {
		const rest = s.slice(opening + 2);
		// The main clause opens with its subject: a name or a noun phrase, not a list's next item.
		if (rest.split(' ').length >= 3 && /^(?:\p{Lu}|(?:the|a|an|his|her|its|their) )/u.test(rest)) {
			s = rest;
			words = s.split(' ');
		}
	}
	if (words.length > maxWords && !quoted) {
		s = shortened(words, passives);
		words = s.split(' ');
	}
	// A subject too long to leave its verb room loses its trailing phrases of place, last first:
	// "Pupils at Hale Park Community Academy in north Leeds opened their GCSE results" → "Pupils at
	// Hale Park Community Academy opened their GCSE results", never "Pupils at Hale Park Community
	// Academy" (no verb).
	if (words.length > maxWords && !quoted) words = subjectShortened(words, maxWords);
	s = words.join(' ');
	if (words.length > maxWords) {
		let cut = maxWords;
		// Cut after a comma if there is one, else before a preposition, so the label ends on
		// a whole phrase; never before "and" (it would strand half of a pair).
		const comma = words.slice(3, maxWords).findLastIndex((w) => /,$/.test(w));
		// (A list's comma is no phrase's end: "had stolen names, | addresses and Social Security
		// numbers" would keep one member of three; the list goes whole, to the phrase after it.)
		// (…and a list too long for the title goes with the phrase that holds it: "built filter
		// | from cardboard, plastic bags and tape" → "built filter".)
		const list = comma >= 0 ? listEnd(words, comma + 4, words.length) : null;
		const holder = list
			? words.slice(0, comma + 3).findLastIndex((_, i) => i > 4 && phraseStartsAt(words, i))
			: -1;
		if (list && list <= maxWords) cut = list;
		else if (list && holder > 4 && firstVerb(words) < holder) cut = holder;
		else if (comma >= 0) cut = comma + 4;
		else {
			let phrase = false;
			for (let i = maxWords; i > 4; i--) {
				if (phraseStartsAt(words, i)) {
					cut = i;
					phrase = true;
					break;
				}
			}
			// Without a phrase to end on, a second verb phrase goes whole: "said it would cut 1,400
			// jobs and close two | bakeries" → "said it would cut 1,400 jobs".
			const and = words.slice(0, cut).lastIndexOf('and');
			if (
				!phrase &&
				and > 4 &&
				and > firstVerb(words) + 1 &&
				SECOND_VERB.test(words[and + 1] ?? '')
			)
				cut = and;
		}
		// Never inside a name: "… emergency conference of Organization | of Petroleum …".
		const capital = (w: string | undefined) => /^\p{Lu}/u.test(w ?? '');
		const inName = (k: number) =>
			capital(words[k - 1]) &&
			(capital(words[k]) || (/^(?:of|and|for|the)$/.test(words[k] ?? '') && capital(words[k + 1])));
		let back = cut;
		while (back > 4 && inName(back)) back--;
		while (back > 4 && /^(?:of|and|for|the)$/.test(words[back - 1]!)) back--;
		if (back > 4 && back < cut) cut = back;
		// A name too near the start to cut before goes whole: "… announced Harlow Museum of Art and
		// Industry", not "… announced Harlow Museum".
		else if (inName(cut)) {
			let end = cut;
			while (end < words.length && inName(end)) end++;
			if (end <= maxWords + OVERRUN) cut = end;
		}
		// What was said keeps its verb: "Centers for Disease Control warned cases of measles had
		// risen", not "… warned cases".
		cut = withReportedVerb(words, cut, maxWords);
		// Never a participle left hanging: "… began working", "… two men suspected".
		while (cut > 4 && hangs(words, cut)) cut -= 1;
		// …and never a cut that leaves no whole clause (see whole-clause.ts).
		const made = (end: number, pair = true) => {
			const title = words.slice(0, end).join(' ');
			return endWhole(pair ? cutPair(title) : title, false);
		};
		const boundary = (end: number) =>
			(phraseStartsAt(words, end) || /[,;]$/.test(words[end - 1] ?? '')) && !hangs(words, end);
		// (A participle dropped as hanging was cut on purpose: "two men | suspected of …".)
		const ends = (end: number) => boundary(end) || hangs(words, end + 1);
		s = quoted ? made(cut) : wholeCut(words, cut, maxWords, made, boundary, ends);
	} else s = endWhole(s, quoted);
	if (quotations.length)
		s = s.replace(/\u2060(\d+)\u2060/g, (_, k: string) => `‘${quotations[Number(k)]}’`);
	return s.charAt(0).toUpperCase() + s.slice(1);
}
