/**
 * What comes before a clause's verb: an opening participle phrase, an opening doing ("After
 * touring …,"), and the subject's asides in commas.
 */

import { isParticiple, pastOfIng } from '../verb-forms';
import { isPastVerb } from '../happenings';
import { asideOwner, ownParticiple } from './aside-owner';
import { isRegion } from './places';
import {
	FINITE,
	ING_NOUNS,
	MARK,
	PARTICIPLE,
	PREPOSITION,
	SUBORDINATORS,
	hasFiniteVerb,
	subjectOf
} from './words';

export const APPOSITION =
	/(\p{Lu}[\p{L}’'.-]+),\s+(?:a|an|the)\s+([^,]{1,50}),\s+(?!(?:and|or|but|who|which|that|whose)\b)(?=\p{Ll})/gu;

/**
 * A role, then the name in apposition, inside the clause and followed by the rest of the verb's
 * phrase: the name stands for both ("traded their captain, defenseman Kyle Brandt, to Chicago" →
 * "traded Kyle Brandt to Chicago"; "convicted a former state senator, Raymond Okafor, of taking
 * bribes" → "convicted Raymond Okafor of taking bribes"), or before a second clause's verb ("…, and
 * the country's largest juice maker, Sunvale Groves, raised its prices" → "Sunvale Groves raised
 * its prices"). At the clause's end the role stays ("fired its coach, Pieter de Wit").
 */
export const ROLE_APPOSITION =
	/\b(?:the|their|its|his|her|a|an)\s+(?:[\p{Ll}’'-]+\s+){0,3}[\p{Ll}-]+,\s+(?:[\p{Ll}-]+\s+){0,2}(\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){1,3}),\s+(?=(?:to|for|from|with|into|as|in|at|on|of|after|before|over)\s|\p{Ll}{2,}ed\s)/gu;

/**
 * A comma-delimited aside after a clause's subject, then the verb: "Okafor, 58, showed …"; the
 * verb may come after its own date ("The museum's director, Sara Lind, on Monday called …").
 */
const ASIDES =
	/^((?:\p{Lu}|\d)[^,]{0,60}?),((?:\s[^,]{1,160},){1,3}?)\s+(?!(?:the|a|an|and|or|but|nor|in|into|onto|on|at|of|to|for|with|by|from|over|under|through|across|against|among|after|before|during|until|since|about|which|who|whom|whose|that|as|while|when|where|including|such|its|their|his|her)\b(?!\s+\u2063[TO]\d+\u2063\s+\p{Ll}))(?=(?:(?:on|in|at|by|late|early)\s+)?(?:\u2063[TO]\d+\u2063\s+)?\p{Ll})/u;

/** A co-ordinating word that opens a clause of its own. */
const CO_ORDINATOR = /^\s(?:and|but|or|nor|yet|while|whereas)\s/i;

// Two to four words: "R-Ind." is one (a party and state), not a name in apposition.
const NAME = /^(?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s\p{Lu}[\p{L}’'.-]*){1,3}$/u;

/**
 * A role told by a pronoun's possessive: "His son", "Its rival", "Her lawyer", and one told
 * with its length: "His wife of 58 years".
 */
const POSSESSED_ROLE =
	/^(?:His|Her|Its|Their)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*(?:\s+of\s+(?:\d+|\p{Ll}+)\s+(?:years|decades|months))?$/u;
/**
 * A name of one to five capitalised words, a firm's "&" or a number: "Peter", "Kettle & Co.",
 * "Local 1207".
 */
const OWN_NAME = /^\p{Lu}[\p{L}’'.-]*(?:\s(?:\p{Lu}[\p{L}’'.-]*|&|\d+)){0,4}$/u;

/** Capitalised words that are no name in apposition: a day, a month, a sentence's opener. */
const OPENER_WORDS =
	/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|However|Meanwhile|Too|Though|Also)$/;

/** Participles of being asked, whose answer is the main clause. */
const ASKED = /^(?:asked|pressed|questioned|challenged|quizzed)$/;

/** Adverbs a participle aside may open with: "The race, first run in 1979, drew …". */
const ASIDE_ADVERB = /^(?:first|originally|once|later|newly|last)\s+/;

/** A name of one to four capitalised words: "Lyra", "Hubble Space Telescope". */
const NAME_OR_WORD = /^\p{Lu}[\p{L}\d’'.-]*(?:\s\p{Lu}[\p{L}\d’'.-]*){0,3}$/u;

/** An aside that is a description with a relative clause: "a Democrat from Ohio who voted …". */
const DESCRIBED = /^(?:a|an|the)\s[^,]{1,60}?\s(who|which|that|whose)\s+(.+)$/i;

/** A perfect participle opening a sentence: "Having lost …", "Having been elected …". */
const PERFECT = /^Having\s+(been\s+)?(?=(\p{Ll}+)\s)/u;

/**
 * A sentence opened by a participle phrase that holds the date ("Born in Missoula, Mont., in
 * 1946, he studied painting"): the phrase is the happening, with the main clause's subject
 * ("He was born in Missoula, Mont."). A date of the main clause drops the opening phrase.
 */
export function participleOpener(
	s: string,
	mark: string
): { happening?: string; main?: string } | null {
	const opening = /^(\p{Lu}\p{Ll}+)\s/u.exec(s)?.[1]?.toLowerCase();
	// "Calling the mother … ``an excellent girl,'' Castro said Friday …": an opening doing without
	// the date is background too.
	// (A name is no doing: "Erling Haaland, who …".)
	// (A noun in "-ing" opens a doing too when an object follows it, not "of" or a verb:
	// "Killing three people, she …", but not "Killing of the doctor was …".)
	const doing =
		!!opening &&
		/^[a-z]{3,}ing$/.test(opening) &&
		(!ING_NOUNS.has(opening) || !/^\S+\s+(?:of|in|at|on|was|were|is|are|has|had)\b/i.test(s)) &&
		!/^\S+\s+\p{Lu}/u.test(s);
	if (!opening || (!PARTICIPLE.test(opening) && !doing) || FINITE.has(opening)) return null;
	// The opening phrase runs to the comma before the main clause's subject and verb.
	// (A quotation may close at the comma: "``an excellent girl,'' President Fidel Castro said".)
	let k = 0;
	for (const close of s.matchAll(/,(?:''|”|")?\s/g)) {
		if (k++ === 4) break;
		const comma = close.index;
		const main = s.slice(comma + close[0].length);
		const subject = subjectOf(main);
		// (A doing's main clause may hold the date in its subject: "Killing three people, the fire
		// in March destroyed a warehouse" → "Fire destroyed warehouse".)
		if (!subject || (subject.includes(MARK) && !doing) || subject.split(' ').length > 5) continue;
		const phrase = s.slice(0, comma);
		// An opening phrase never runs across a clause of its own after ", and": "Framing lumber
		// prices fell 11 percent …, and U.S. duties on Canadian softwood, which …" opens no doing.
		if (/,\s+(?:and|but|while|yet)\s/.test(phrase)) return null;
		// "Suspected bombs exploded …, killing dozens": a clause, not an opening phrase.
		// (An opening "-ing" phrase may hold a clause of its own: "Saying the deal would raise
		// prices, the Federal Trade Commission sued on Tuesday".)
		if (!doing && hasFiniteVerb(phrase)) return null;
		// An opening phrase without the date is background: "Buried a foot beneath the ground,
		// the weapon was unearthed … Thursday" → "Weapon unearthed".
		if (!phrase.includes(mark)) return { main };
		const pronoun = /^(?:he|she|they|it)$/i.test(subject);
		const who = pronoun ? subject.charAt(0).toUpperCase() + subject.slice(1) : subject;
		// A perfect participle tells what the main clause's subject had done by then: "Having lost
		// the vote on 24 November, she said …" → "She lost vote" ("having been" a passive's "was").
		const perfect = PERFECT.exec(phrase);
		if (perfect && (isPastVerb(perfect[2]!) || isParticiple(perfect[2]!)))
			return { happening: `${who} ${perfect[1] ? 'was ' : ''}${phrase.slice(perfect[0].length)}` };
		if (doing) return null;
		// Being asked sets the scene for an answer, which is the happening, dated so: "Asked about
		// him on Sunday, Kiplagat said she had been tested seven times" → "Kiplagat said …".
		if (ASKED.test(opening)) return { main };
		const passive = pronoun ? ' was ' : ' ';
		return { happening: `${who}${passive}${opening}${phrase.slice(opening.length)}` };
	}
	return null;
}

/**
 * A scene set by a name without a comma before the subject goes: "Under Ellison the Pioneers
 * reached the conference final in 2023" → "Pioneers reached conference final".
 */
export const NAMED_SCENE =
	/^(?:Under|With|Without|Like|Unlike|For)\s+(?:\p{Lu}[\p{L}’'.-]*\s+){1,3}(?=(?:the|a|an|its|their)\s)/u;

/**
 * A place that opens the sentence before its subject: "In Hammerfest, Ms. Halvorsen was born in
 * 1944", "In Dayton, she was born in 1932" (a capitalised name, one to three words, a state's
 * after a joined comma).
 */
const PLACE_OPENER =
	/^(In|At)\s+(\p{Lu}[\p{L}’'.-]*(?:(?:\s+|\u2065)\p{Lu}[\p{L}’'.-]*){0,2}),\s+(?=(?:\p{Lu}|(?:the|a|an|he|she|it|they|we)\s))/u;

/** Capitalised words after "In" that are no place: "In Addition", "In March" (no marker). */
const NO_PLACE = /^(?:Addition|Fact|Total|All|Contrast|Short|Response|General|Particular)$/;

/**
 * The sentence with an opening place moved after its clause, where a headline tells it ("Ms.
 * Halvorsen was born to a fishing family in Hammerfest"); a clause with commas of its own (an
 * aside, an attribution) loses it, since the place would land after them.
 */
export function placeLast(s: string): string {
	const m = PLACE_OPENER.exec(s);
	if (!m || NO_PLACE.test(m[2]!.split(/\s/)[0]!)) return s;
	const rest = s.slice(m[0].length);
	return rest.includes(',') ? rest : `${rest} ${m[1]!.toLowerCase()} ${m[2]}`;
}

/** An opening phrase of a doing, before the main clause: "After touring Dar es Salaam Thursday,". */
const DOING_OPENER = /^(?:After|Before|While|Upon|Since)\s+([a-z]{2,}ing\b[^,]*),\s+/;

/**
 * A date in an opening phrase of a doing dates that doing, whose subject is the main clause's:
 * "After touring Dar es Salaam Thursday and meeting with Kenyan police leaders Friday
 * morning, the FBI chief said …" → "FBI chief toured Dar es Salaam", "FBI chief met with
 * Kenyan police leaders".
 */
export function doingOpener(s: string, mark: string): string | null {
	const m = DOING_OPENER.exec(s);
	if (!m || !m[1]!.includes(mark)) return null;
	const subject = subjectOf(s.slice(m[0].length)).replace(/\s+(?:also|still|then|later)$/i, '');
	if (!subject || subject.includes(MARK) || subject.split(' ').length > 5) return null;
	const doing = m[1]!.split(/\s+and\s+(?=[a-z]{2,}ing\b)/).find((d) => d.includes(mark))!;
	const verb = /^[a-z]+/.exec(doing)![0];
	return `${subject} ${pastOfIng(verb)}${doing.slice(verb.length)}`;
}

/** An aside that names examples of its subject: "…, including its most advanced model, …". */
const EXAMPLE_ASIDE =
	/^(?:including|among\s+them|among\s+which|such\s+as|notably|chiefly|mostly)\s/i;

/** A copula or an auxiliary, which a subject does not hold: "The final toll was 412". */
const CLAUSE_VERB = /\b(?:is|are|was|were|has|have|had|will|would|did|does|do|can|could)\b/;

/** A subject that ends in a place it is in, near or from: "A steel foundry in Monterrey". */
const PLACE_ENDS =
	/\b(?:in|near|outside|at|from|off|around)\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.’'-]*$/u;

/** A date that opens the sentence, before its subject: "On Wednesday, ". */
const DATED_OPENING =
	/^(?:(?:on|in|at|by|late|early)\s+)*\u2063[TO]\d+\u2063,\s+(?=(?:a|an|the)\s)/i;

/**
 * The subject's asides go ("Maria Alvarez, a former schoolteacher who …, won" → "Maria Alvarez
 * won"); a name in apposition stands for its description ("One of them, Richard Hale,
 * pleaded" → "Richard Hale pleaded"). When the aside is what the date governs ("Orbit, founded
 * in 2016, shipped …") the aside is the happening: `participle` says the title is "Orbit founded".
 */
export function asides(s: string, mark: string): { text: string; participle: boolean } {
	// (After an opening date the subject's asides go too: "On Wednesday, a landscapers' group,
	// the Millbrook Grounds Association, said …" → "… Millbrook Grounds Association said …".)
	const opening = DATED_OPENING.exec(s);
	if (opening) {
		const rest = s.slice(opening[0].length);
		const inner = asides(`${rest.charAt(0).toUpperCase()}${rest.slice(1)}`, mark);
		if (!inner.participle && inner.text.length !== rest.length)
			return { text: `${opening[0]}${inner.text}`, participle: false };
	}
	const m = ASIDES.exec(s);
	if (!m) return { text: s, participle: false };
	const [all, subject, middle] = m as unknown as [string, string, string];
	// What follows ", and" or ", but" is a clause of its own, no aside on the first clause's
	// subject, an aside of its own or not: "The landing zones lay eight miles from the bridge, and
	// only one battalion, under Lieutenant-Colonel John Frost, reached its northern end".
	if (CO_ORDINATOR.test(middle)) return { text: s, participle: false };
	// A thing described, then its name: the name stands for it, description and all ("A European
	// telescope built for such work, Ariel, is scheduled for launch" → "Ariel is scheduled …").
	const named = middle.trim().replace(/,$/, '');
	if (
		/^(?:A|An|The)\s/.test(subject) &&
		!middle.includes(mark) &&
		/^\p{Lu}\p{Ll}[\p{Ll}\d’'-]*$/u.test(named) &&
		!OPENER_WORDS.test(named) &&
		// (Not a place's state or country after the place the subject is in: "A steel foundry in
		// Monterrey, Mexico, opened" is the foundry's, never "Mexico opened"; a person's name is
		// the subject's: "a young councillor from Kingsbridge, Sarah Okoro, proposed".)
		!(PLACE_ENDS.test(subject) && isRegion(named))
	)
		return { text: `${named} ${s.slice(all.length)}`, participle: false };
	// A part of the subject named for an example ("Twelve chip models made by Corvane, including
	// its most advanced processor, were recalled") goes whatever the subject holds: it is never
	// the subject (was "Recalled after reports Twelve chip models …").
	// (Not after a clause, "The final toll was 412, among them 30 children, making it …", whose
	// aside is no subject's and whose participle after it is no subject's verb.)
	if (
		EXAMPLE_ASIDE.test(middle.trim()) &&
		!middle.includes(mark) &&
		!PREPOSITION.test(subject) &&
		!CLAUSE_VERB.test(subject) &&
		!/^\S+ing\b/.test(s.slice(all.length))
	)
		return { text: `${subject} ${s.slice(all.length)}`, participle: false };
	if (
		PREPOSITION.test(subject) ||
		SUBORDINATORS.test(subject) ||
		subject.includes(MARK) ||
		hasFiniteVerb(subject)
	)
		return { text: s, participle: false };
	const rest = s.slice(all.length);
	const aside = middle.trim().replace(/,$/, '');
	if (middle.includes(mark)) {
		// (The aside is its noun's, and of two participles the one the date is in: see
		// aside-owner.ts.)
		if (PARTICIPLE.test(aside.replace(ASIDE_ADVERB, '')) && !aside.includes(','))
			return {
				text: `${asideOwner(subject)} ${ownParticiple(aside, mark, PARTICIPLE)}`,
				participle: true
			};
		const described = DESCRIBED.exec(aside);
		if (described?.[2]?.includes(mark)) {
			// "Arthur Linden, a composer whose film scores defined the sound of westerns in the
			// 1960s, died" → "Arthur Linden’s film scores defined sound of westerns".
			const whose = described[1]!.toLowerCase() === 'whose';
			return { text: `${subject}${whose ? '’s' : ''} ${described[2]}`, participle: false };
		}
		return { text: s, participle: false };
	}
	// "The probe, called Lyra, reached orbit" → "Lyra reached orbit": the name stands for it.
	const called = /^(?:called|named|dubbed|known\s+as)\s+(.+)$/.exec(aside)?.[1];
	if (called && NAME_OR_WORD.test(called)) return { text: `${called} ${rest}`, participle: false };
	if (NAME.test(aside) && !/\d/.test(aside) && !(PLACE_ENDS.test(subject) && isRegion(aside))) {
		// An office told before the name stays as its title: "The judge, Carmen Ortiz, ordered" →
		// "Judge Carmen Ortiz ordered".
		const office =
			/^The\s+(judge|mayor|governor|senator|coach|sheriff|captain|chancellor|president|prosecutor)$/.exec(
				subject
			)?.[1];
		const title = office ? `${office.charAt(0).toUpperCase()}${office.slice(1)} ` : '';
		return { text: `${title}${aside.replace(/^the\s+/, '')} ${rest}`, participle: false };
	}
	// A role told by a pronoun's possessive leaves its name, of one word or a firm's: "His son,
	// Peter, took over" → "Peter took over"; "Its rival, Kettle & Co., reported" → "Kettle & Co.
	// reported".
	if (POSSESSED_ROLE.test(subject) && OWN_NAME.test(aside))
		return { text: `${aside} ${rest}`, participle: false };
	return { text: `${subject} ${rest}`, participle: false };
}
