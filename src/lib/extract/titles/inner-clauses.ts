/**
 * A date inside a part of the clause dates that part: a relative clause, a participle phrase,
 * a noun the date names ("the 2023 shooting of …").
 */

import { pastOfIng } from '../verb-forms';
import { markPatterns } from './markers';
import { isPastVerb } from '../happenings';
import {
	FINITE,
	FUNCTION_WORDS,
	MARK,
	PARTICIPLE,
	PREPOSITION,
	PREPOSITIONS,
	hasVerb,
	nounBefore,
	subjectOf
} from './words';

/** Verbs of the present, the perfect or a plan, which date nothing in the past. */
const PRESENT = /^(?:is|are|am|has|have|will|can|may|might|must|should|would|could|remains?)$/i;

/** Whether a clause's first verb is of the present: "has eluded", "is not linked". */
export function tellsPresent(clause: string): boolean {
	const words = clause.split(/\s+/);
	const verb = words.find(
		(w, i) => i > 0 && (FINITE.has(w.toLowerCase()) || isPastVerb(w.toLowerCase()))
	);
	return verb !== undefined && PRESENT.test(verb);
}

/** Words that end a noun phrase: a preposition other than "of", a verb, a clause's start. */
const NOUN_ENDS = new Set(
	`${PREPOSITIONS.replace(/\|/g, ' ')} and or but that which who whom whose is are was were has have had will would`
		.split(' ')
		.filter((w) => w !== 'of')
);

const IN_A_PHRASE = new RegExp(
	`\\b(?:${PREPOSITIONS})\\s+(?:the|a|an|its|their|his|her)\\s+$`,
	'i'
);

/**
 * The noun phrase a date premodifies, with its "of" complement: "the 2023 shooting of an
 * unarmed man" → "2023 shooting of an unarmed man"; null when the date modifies no noun.
 */
export function nounOfDate(clause: string, mark: string): string | null {
	const at = clause.indexOf(mark);
	if (at < 0) return null;
	const before = clause.slice(Math.max(0, at - 40), at);
	const after = clause.slice(at + mark.length);
	const possessive = /^['’]s\s/.test(after);
	// Only a noun in a prepositional phrase ("guilty of manslaughter in the 2023 shooting"): a
	// dated subject or object ("posted a third-quarter loss") is the clause's own happening.
	if (!IN_A_PHRASE.test(before)) return null;
	const words = after
		.replace(/^['’]s/, '')
		.trim()
		.split(/\s+/);
	const noun: string[] = [];
	for (const w of words) {
		const bare = w.replace(/[,;:.]+$/, '');
		if (!/^[\p{L}\d-]+$/u.test(bare) || bare.includes(MARK)) break;
		const lower = bare.toLowerCase();
		if (NOUN_ENDS.has(lower) || lower === 'of' || isPastVerb(lower) || FUNCTION_WORDS.has(lower))
			break;
		noun.push(bare);
		if (bare !== w || noun.length === 4) break;
	}
	if (noun.length === 0) return null;
	// "the" keeps the date in the title: withoutDates reads it as the noun's modifier.
	let phrase = `the ${mark}${possessive ? '’s' : ''} ${noun.join(' ')}`;
	const of =
		/^of\s+((?:the|a|an)\s+)?(?:\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}|[\p{L}\d-]+(?:\s+(?!(?:and|or|but|that|which|who)\b)[\p{L}\d-]+)?)/u.exec(
			words.slice(noun.length).join(' ')
		);
	if (of && noun[noun.length - 1] === words[noun.length - 1]) phrase += ` ${of[0]}`;
	return phrase;
}

/**
 * Nouns that name a happening on their own, so that a date before them reads as a headline
 * ("1998 bombing", "2016 election"); "the 2021 campaign" alone does not.
 */
const HAPPENING_NOUNS = new Set(
	`shooting bombing killing slaying murder attack attacks assassination massacre explosion blast
	crash collapse fire blaze flood floods earthquake quake storm hurricane war invasion coup
	riot riots uprising election elections vote referendum strike merger recession crisis
	disaster spill outbreak eruption derailment accident`.split(/\s+/)
);

/** Whether a dated noun phrase from nounOfDate names a happening: a happening noun, or "… of …". */
export function namesHappening(phrase: string): boolean {
	if (/\sof\s/.test(phrase)) return true;
	const head = phrase.split(/\s+/).at(-1)!.toLowerCase();
	return HAPPENING_NOUNS.has(head) || HAPPENING_NOUNS.has(head.replace(/s$/, ''));
}

/**
 * A date inside a participle phrase of the clause dates that phrase, whose subject is the
 * clause's: "Spanberger served three terms before announcing her run in November 2023" →
 * "Spanberger announced her run".
 */
export function participlePhrase(clause: string, mark: string): string {
	if (!clause.includes(mark)) return clause;
	const m = markPatterns(mark).participle.exec(clause);
	if (!m) return clause;
	// A participle phrase between commas after a name is that name's: "What matters most is that
	// Elian, after losing his mother … last November, needs …" → "Elian lost his mother …".
	const aside = /(?:^|\s)(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}),$/u.exec(m[1]!.trim());
	if (aside) return `${aside[1]} ${pastOfIng(m[2]!)}${m[3]!.split(/,\s/)[0]}`;
	const subject = subjectOf(m[1]!);
	return subject ? `${subject} ${pastOfIng(m[2]!)}${m[3]}` : clause;
}

/** Participles that say what someone is held to have done: "suspected of blowing up …". */
const HELD_TO = new RegExp(
	String.raw`(?:^|\s)((?:[\p{L}\d’'.-]+\s+){1,4}?)(suspected|accused|convicted|charged|acquitted|cleared|indicted|jailed|blamed|credited|known|sued|fined)\s+(of|for|with)\s+([a-z]+ing\b.*)$`,
	'u'
);

const HELD_TO_HINT =
	/(?:suspected|accused|convicted|charged|acquitted|cleared|indicted|jailed|blamed|credited|known|sued|fined)\s+(?:of|for|with)\s/;

/** Words that end what comes before the person a "suspected of" phrase describes. */
const BEFORE_PERSON = /^(?:over|to|up|in|on|of|for|with|by|from|at|the)$/i;

/**
 * A date inside a nested participle ("handed over two men suspected of blowing up Pan Am
 * Flight 103 over Lockerbie in 1988") dates what they are suspected of, not the handing over:
 * "Two men suspected of blowing up Pan Am Flight 103".
 */
export function nestedParticiple(clause: string, mark: string): string {
	// HELD_TO tries every word as the phrase's start: a cheap test for its verb goes first.
	if (!HELD_TO_HINT.test(clause)) return clause;
	const m = HELD_TO.exec(clause);
	if (!m || !m[4]!.includes(mark)) return clause;
	const before = m[1]!.trim().split(/\s+/);
	let from = before.length;
	while (
		from > 0 &&
		!BEFORE_PERSON.test(before[from - 1]!) &&
		!isPastVerb(before[from - 1]!.toLowerCase()) &&
		!before[from - 1]!.includes(MARK)
	)
		from--;
	const person = before.slice(from).join(' ');
	return person ? `${person} ${m[2]} ${m[3]} ${m[4]}` : clause;
}

/**
 * A name, then a description whose relative clause says what that person did; an age may stand
 * between ("Petrescu, 47, a lawyer who founded …").
 */
const DESCRIBED_NAME =
	/((?:\p{Lu}[\p{L}’'.-]+\s+){0,3}\p{Lu}[\p{L}’'-]+),\s+(?:\d{1,3},\s+)?(?:a|an|the)\s+[^,]{1,50}?\s+who\s+([^,;]+)/u;

/** Words that end a relative clause's antecedent on the left: "placed on | the FBI's list". */
const ANTECEDENT_STOPS = new RegExp(
	`^(?:${PREPOSITIONS}|but|that|is|are|was|were|be|been|has|have|had|said|says|told)$`,
	'i'
);

/** Words no noun phrase holds: a verb or a clause's opener ("said", "that"). */
const NOUN_PHRASE_STOPS =
	/^(?:that|which|who|is|are|was|were|be|been|has|have|had|said|says|told|will|would)$/i;

/**
 * The date inside a non-restrictive relative clause dates that clause, whose subject is its
 * antecedent: "…placed on the FBI's most wanted list, which began in 1950" → "the FBI's most
 * wanted list began in 1950"; "…arrest of Kopp, who is charged with killing a doctor last fall"
 * → "Kopp is charged with killing a doctor".
 */
export function relativeClause(s: string, mark: string): string {
	// "featuring Emily Lyons, a nurse who was badly wounded earlier this year in the bombing"
	// → "Emily Lyons was badly wounded in the bombing".
	if (/\swho\s/.test(s)) {
		const described = DESCRIBED_NAME.exec(s);
		if (described?.[2]?.includes(mark)) return `${described[1]} ${described[2]}`;
	}
	if (!/,\s+(?:which|who)\s/i.test(s)) return s;
	const m = markPatterns(mark).relative.exec(s);
	if (!m) return s;
	const words = s.slice(0, m.index).split(/\s+/);
	let k = words.length;
	// A name is its own antecedent: "He succeeds James A. Taylor, who …" → "James A. Taylor".
	const named = /^\p{Lu}/u.test(words[words.length - 1] ?? '');
	// (A verb ends it too: "She had managed the team's top affiliate, which won …" → "the team's
	// top affiliate".)
	while (
		k > 0 &&
		words.length - k < 9 &&
		!ANTECEDENT_STOPS.test(words[k - 1]!) &&
		!(isPastVerb(words[k - 1]!) && /^(?:the|a|an|its|his|her|their)$/i.test(words[k] ?? '')) &&
		!(named && !/^(?:\p{Lu}|(?:and|the|of)$)/u.test(words[k - 1]!))
	)
		k--;
	// (A name after "from" or "of" tells the plural noun before it: "Imports from Brazil and
	// Mexico, which began in April, …" → "Imports from Brazil and Mexico began".)
	if (
		named &&
		k >= 2 &&
		/^(?:from|of)$/.test(words[k - 1]!) &&
		/^\p{Lu}?\p{Ll}{2,}s$/u.test(words[k - 2]!)
	) {
		k -= 2;
		if (k > 0 && /^(?:the|its|their)$/i.test(words[k - 1]!)) k--;
	}
	// (A later clause's subject after ", and" holds its phrases: "…, and U.S. duties on Canadian
	// softwood, which were raised again in August, have helped …" → "U.S. duties on Canadian
	// softwood", never "Canadian softwood".)
	if (k >= 2 && PREPOSITION.test(`${words[k - 1]} `)) {
		let j = k - 2;
		while (j > 0 && words.length - j < 10 && !/^(?:and|but)$/.test(words[j]!)) j--;
		const between = words.slice(j + 1, k - 1);
		if (
			/^(?:and|but)$/.test(words[j] ?? '') &&
			words[j - 1]?.endsWith(',') &&
			between.length > 0 &&
			!between.some((w) => NOUN_PHRASE_STOPS.test(w) || isPastVerb(w) || FINITE.has(w))
		)
			k = j + 1;
	}
	// (A name with its place by "of" is one name: "Walter Quigg of Dunmore, who was removed …" →
	// "Walter Quigg of Dunmore", not "Dunmore".)
	if (named && k >= 2 && words[k - 1] === 'of' && /^\p{Lu}\p{Ll}/u.test(words[k - 2]!)) {
		k--;
		while (k > 0 && words.length - k < 9 && /^\p{Lu}[\p{L}.’'-]*$/u.test(words[k - 1]!)) k--;
		// (Not an opening word of the sentence: "The last mayor … was Walter Quigg of Dunmore".)
		while (k < words.length && /^(?:The|A|An)$/.test(words[k]!)) k++;
	}
	const antecedent = words.slice(k).join(' ');
	if (!antecedent || antecedent.includes(MARK)) return s;
	return (
		withObject(antecedent, m[1]!) ??
		plannedObject(s.slice(0, m.index), m[1]!) ??
		`${antecedent} ${m[1]}`
	);
}

/**
 * A plan's verb, then the infinitive it plans: "expects to begin shipping", "must hold".
 * The subject is a pronoun for the main clause's subject.
 */
const PLANNED =
	/^(it|they)\s+((?:expects?|plans?|hopes?|intends?|wants?|aims?|needs?)\s+to\s+\p{Ll}+(?:\s+\p{Ll}+ing)?|(?:must|will|would|can|could|should|may|might)\s+(?:be\s+)?\p{Ll}+)(\s.*)?$/u;

/**
 * A relative clause that plans something for its antecedent, with a pronoun subject for the
 * main clause's ("The company said it would offer a free replacement, which it expects to begin
 * shipping in July" → "company expects to begin shipping free replacement"; "The council is
 * expected to schedule a special election, which it must hold by November" → "council must hold
 * special election"). Only where nothing but a phrase with the date follows the verb.
 */
function plannedObject(before: string, relative: string): string | null {
	const m = PLANNED.exec(relative);
	if (!m) return null;
	const rest = (m[3] ?? '').trim();
	if (rest && !PREPOSITION.test(`${rest} `) && !rest.startsWith(MARK)) return null;
	const object = nounBefore(before);
	const subject = subjectOf(before).replace(/^(?:the|its|their)\s+/i, '');
	if (!object || !subject || subject.split(' ').length > 4 || subject.includes(MARK)) return null;
	if (/^(?:he|she|it|they|we|i)$/i.test(subject)) return null;
	return `${subject} ${m[2]} ${object}${rest ? ` ${rest}` : ''}`;
}

/**
 * A relative clause with a subject of its own and a gap where its object would be is about
 * its antecedent as that object: "the deal, which both boards approved over the weekend" →
 * "both boards approved the deal"; "work that officials credited this week with keeping roads
 * open" → "officials credited work with keeping roads open". Null for any other clause.
 */
export function withObject(antecedent: string, relative: string): string | null {
	const words = relative.split(/\s+/);
	const verb = words.findIndex(
		(w, i) => i > 0 && i <= 5 && isPastVerb(w.toLowerCase()) && !AUXILIARY.test(w)
	);
	if (verb < 0) return null;
	// (A perfect's auxiliary stands between the subject and its verb: "which the council had
	// approved in 2019" → "council had approved plan".)
	const aux = verb > 1 && AUXILIARY.test(words[verb - 1]!) ? 1 : 0;
	const subject = words.slice(0, verb - aux);
	// The subject: a pronoun, a name or a noun phrase, without a date, a verb or a preposition.
	if (
		subject.some(
			(w) =>
				w.includes(MARK) ||
				FINITE.has(w.toLowerCase()) ||
				isPastVerb(w.toLowerCase()) ||
				PREPOSITION.test(`${w} `) ||
				/^(?:that|which|who|not|never)$/i.test(w) ||
				!/^[\p{L}’'.-]+$/u.test(w)
		)
	)
		return null;
	// The gap: nothing but a date between the verb and a preposition (or the clause's end); after
	// a verb of calling, the word it called the object ("which engineers had called unsafe").
	const after = words.slice(verb + 1).filter((w) => !w.includes(MARK));
	const called = CALLING.test(words[verb]!) && after.length > 0 && /^\p{Ll}{3,}$/u.test(after[0]!);
	// ("expected to finish": "to" may open the verb's infinitive, no gap.)
	if (after.length > 0 && !called && (!PREPOSITION.test(`${after[0]} `) || after[0] === 'to'))
		return null;
	// (Nor a clause the sentence's own verb follows: "the vitriol that the issue aroused in the
	// 1990s remains".)
	if (after.some((w) => FINITE.has(w) || isPastVerb(w) || /^(?:remains?|stays?)$/.test(w)))
		return null;
	const rest = words.slice(verb + 1).join(' ');
	const told = words.slice(verb - aux, verb + 1).join(' ');
	return `${subject.join(' ')} ${told} ${antecedent}${rest ? ` ${rest}` : ''}`;
}

/** A perfect's auxiliary before a relative clause's verb. */
const AUXILIARY = /^(?:had|has|have)$/i;

/** Verbs whose object is followed by what it was called: "called the bridge unsafe". */
const CALLING =
	/^(?:called|named|declared|deemed|ruled|labeled|labelled|branded|rated|judged|pronounced)$/;

/**
 * A participle after a comma that holds the date, hanging on the noun before it, is that noun's
 * happening: "…from the sale of CareBridge's offices, sold at auction in May for $7.5 million" →
 * "CareBridge's offices sold at auction for $7.5 million"; "The recall covers the Brightnest View
 * 2 monitor, sold at Target from January 2023" → "Brightnest View 2 monitor sold at Target". Not a
 * subject's aside ("The bridge, built in 1931, was closed": no verb before the comma), nor a list
 * of dated verb phrases ("was founded in 1850, expanded in 1870": a date before the comma).
 */
export function trailingParticiple(s: string, mark: string): string | null {
	const at = s.indexOf(mark);
	if (at < 0) return null;
	const comma = s.lastIndexOf(', ', at);
	if (comma < 0) return null;
	const phrase = s.slice(comma + 2).split(/[,;]\s/)[0]!;
	// (An adverb may open it: "a tax, first proposed in 2019, …" → "Tax first proposed".)
	const bare = phrase.replace(/^(?:first|originally|once|later|newly|last|\p{Ll}{3,}ly)\s+/u, '');
	if (!phrase.includes(mark) || !PARTICIPLE.test(bare) || FINITE.has(bare.split(' ')[0]!))
		return null;
	const before = s.slice(0, comma);
	const piece = before.slice(before.lastIndexOf(',') + 1);
	// (Nor the verb after a subject's apposition: "James C. Kopp, a 44-year-old protester, lived
	// last year".)
	// …nor the verb after any aside on a subject, one of a preposition or a relative clause, that
	// takes an object as only a verb does: "and only one battalion, under Lieutenant-Colonel John
	// Frost, reached its northern end that evening"; "and the ferry company, which had used it for
	// decades, moved its boats in May". ("…, which is why the families who meet on the old mill
	// site, restored by the county in 1961, still …" is the site's participle.)
	const apposition =
		piece !== before &&
		(/^\s*(?:a|an|the|his|her|its|their)\s/i.test(piece) ||
			(/^\s*(?:which|who|whom|whose|under|with|like|unlike|including)\s/i.test(piece) &&
				/^\S+\s+(?:a|an|the|his|her|its|their|this|that|these|those)\s/i.test(bare)));
	if (piece.includes(MARK) || apposition || !hasVerb(before)) return null;
	const noun = nounBefore(before);
	if (!noun || noun.includes(MARK) || /^(?:the|a|an|its|their|his|her)$/i.test(noun)) return null;
	return `${noun} ${phrase}`;
}

/** A subject's determiner: a reduced relative hangs on a noun phrase that opens with one. */
const DETERMINER = /^(?:the|a|an|its|their|his|her)$/i;
/** A main verb after a reduced relative: a past form or an auxiliary. */
const MAIN_VERB = /^(?:was|were|is|are|has|have|had|will|would)$/;
/** Verbs of saying are never a reduced relative's: "The mayor said on Monday he resigned". */
const SAYING = /^(?:said|told|announced|reported|added|stated|wrote|asked|claimed|warned)$/;
/** What may follow a reduced relative's date: its own phrase, never an object of an active verb. */
const AFTER_DATE = /^(?:to|by|in|at|for|from|with|near|on|under)$/i;

/**
 * A participle with a date of its own between a subject and its verb is a reduced relative
 * clause ("A NASA probe launched in 2021 to study the asteroid Eunomia sent back its first
 * images on Thursday"): its date titles it with the subject ("NASA probe launched to study
 * asteroid Eunomia"), any other date the clause without it ("NASA probe sent back its first
 * images"). Only after a noun phrase with a determiner, with the date right after the participle
 * and no object of an active verb after the date ("The police arrested on Friday the man
 * accused of …" is no such clause).
 */
export function reducedRelative(
	s: string,
	mark: string
): { happening: string } | { main: string } | null {
	const words = s.split(/\s+/);
	if (!DETERMINER.test(words[0] ?? '')) return null;
	for (let p = 2; p <= 5 && p < words.length; p++) {
		// (A subject's aside in commas is no reduced relative: "The contracts, signed between 2021
		// and 2024, paid …" is read by the asides' rule.)
		if (/[,;:]$/.test(words[p - 1]!)) return null;
		const participle = words[p]!;
		if (!/^\p{Ll}+$/u.test(participle)) {
			if (/[,;:]$/.test(participle)) return null;
			continue;
		}
		// (After an auxiliary it is the clause's own verb: "The rifle was discovered April 8".)
		if (FINITE.has(participle) || MAIN_VERB.test(participle)) return null;
		if (!(isPastVerb(participle) && PARTICIPLE.test(participle)) || SAYING.test(participle))
			continue;
		// The date, right after the participle or its preposition.
		let d = p + 1;
		if (PREPOSITION.test(`${words[d] ?? ''} `)) d++;
		if (!words[d]?.startsWith(MARK)) return null;
		const next = words[d + 1] ?? '';
		// The main verb: the first past form or auxiliary after the date, before any comma.
		let v = d + 1;
		if (!MAIN_VERB.test(next) && !isPastVerb(next)) {
			if (!AFTER_DATE.test(next)) return null;
			for (v = d + 2; v < words.length && v <= d + 9; v++) {
				const w = words[v - 1]!;
				if (/[,;:]$/.test(w) || /^(?:that|which|who|and|but|or|when|as|because)$/i.test(w))
					return null;
				if (/^\p{Ll}/u.test(words[v]!) && (MAIN_VERB.test(words[v]!) || isPastVerb(words[v]!)))
					break;
			}
			if (v >= words.length || v > d + 9) return null;
		}
		const subject = words.slice(0, p).join(' ');
		const relative = words.slice(p, v).join(' ');
		const rest = words.slice(v).join(' ');
		// A bare participle and its date only tell which one ("The Canadian warrant issued Monday
		// charged Kopp with attempted murder"): without a date of its own, the main clause is
		// the happening of that date ("Canadian warrant charged Kopp with attempted murder").
		const bare = v === d + 1;
		const ownDate = new RegExp(`(?<!\\b(?:the|a|an|its|their|his|her)\\s)${MARK}O`).test(rest);
		if (bare && !ownDate) return { main: `${subject} ${words[d]} ${rest}` };
		if (words[d]!.startsWith(mark)) return { happening: `${subject} ${relative}` };
		// (The other date stays as a marker, so that the main clause still knows it has one.)
		return { main: `${subject} ${words[d]} ${rest}` };
	}
	return null;
}
