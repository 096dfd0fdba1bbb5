/**
 * Attribution ("…, officials said", "Fiat said on Tuesday that …"): whether the saying or what
 * was said is the happening, and how the speaker is named.
 */

import { withObject } from './inner-clauses';
import { datedOpening, isOpening } from './markers';
import { isPastVerb } from '../happenings';
import { possessiveEnding } from '../things';
import { mayBeSpeaker } from './speakers';
import {
	FUNCTION_WORDS,
	MARK,
	PREPOSITION,
	SUBORDINATORS,
	W,
	hasFiniteVerb,
	nounBefore
} from './words';

/**
 * The background after a trailing speaker: "…, the Labor Department reported on Wednesday, as
 * farms hit by bird flu restocked their flocks", "…, Network Rail announced on Wednesday, six
 * years after a landslide cut the line" (dev17e; a length before its "after" too); a participle
 * phrase, "…, the company said on Wednesday, ending a 71-year run" (dev-titles-8).
 */
const BACKGROUND_AFTER = `(?:,\\s+(?:(?:${W}+\\s+){0,3}?(?:as|while|after|because)|\\p{Ll}{3,}ing)\\s[^,;]*)?`;

// (Not a clause of its own after "and": "…closed through Friday, and the county said it would
// open three more shelters on Thursday".)
// (Nor the background after it: "…, the Labor Department reported on Wednesday, as farms hit by
// bird flu restocked their flocks.")
// (A role and its holder's name in commas: "…, a spokeswoman, Ruth Ames, said".)
const TRAILING_SPEAKER = new RegExp(
	`,\\s*(?!(?:and|but|while|yet)\\s)(?:${W}+\\s+){0,6}(?:${W}+,\\s+\\p{Lu}[\\p{L}’'.-]*(?:\\s+\\p{Lu}[\\p{L}’'.-]*){0,3},\\s+)?(?:said|says|reported|reports|added|predicted|warned|announced|confirmed|told [\\w\\s]{1,40}|according to [^,]+)(?:\\s+${W}+){0,8}${BACKGROUND_AFTER}$`,
	'iu'
);

/**
 * Verbs of a body's decision told after what it decides: "Harbor Road Elementary will close in
 * June, the school board decided on Monday", "…, the council voted on Tuesday", "Hollis was
 * guilty of fraud, a jury found on Thursday" (dev17e). The decision is a happening of its own
 * day, and what it decides is a plan (or a finding) of its own date, as with "said".
 */
const DECIDING = 'decided|voted|agreed|ruled|found|concluded|determined|resolved';
/** Such a decider at a sentence's end: a short subject, the verb, and at most its date. */
const TRAILING_DECIDER = new RegExp(
	`,\\s*(?!(?:and|but|while|yet|which|who|that|when|where|as|after|before|because|since|until|if)\\s)(?:${W}+\\s+){1,5}(?:${DECIDING})(?:\\s+(?:unanimously|narrowly|overwhelmingly|\\d+-\\d+))?(?:\\s+(?:on|late|early|last|this|in)?\\s*${MARK}[TO]\\d+${MARK})?${BACKGROUND_AFTER}$`,
	'i'
);

/** A verdict's state after its subject: "Mark Hollis was guilty of fraud", "they were not liable". */
const FOUND_STATE =
	/^([^,;]+?)\s+(?:was|were)\s+((?:not\s+)?(?:guilty|liable|responsible|negligent|innocent|insane|competent|unfit|fit)\b)/i;

/** ", said Dr. Helen Achebe, an astrophysicist at Leeds who led the study" at a sentence's end. */
const INVERTED_SPEAKER =
	/,\s*said\s+((?:(?:Mr|Ms|Mrs|Dr|Prof|Gov|Sen|Rep)\.\s+)?\p{Lu}[\p{Ll}’'-]+(?:\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{Ll}’'-]+){1,2})(?:,[^\u2063]*)?$/u;

/** A capitalised word that makes a name a body's, which "said" leaves out as before. */
const BODY_WORD =
	/\b(?:Department|Agency|Service|Bureau|Office|Ministry|Council|Board|Commission|Company|Corporation|Group|Association|Union|Institute|University|Police|Court|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/** Marks a speaker who stays first however the clause is read after ("Dale Kowalski said …"). */
export const NAMED_SPEAKER = '\u2066';

const LEADING_SPEAKER = new RegExp(
	`^((?:${W}+\\s+){0,4}?${W}+)\\s+(said|says|say|reported|announced)((?:\\s+(?:(?:late|early)\\s+(?=on\\s|in\\s))?(?:on|in|at|late|early)?\\s*${MARK}[TO]\\d+${MARK})*)(?:\\s+(?:(?:on|in|at|during|to|after|before)\\s+(?:${W}+\\s+){0,5}?)?that\\s+|\\s+)`,
	'i'
);

const OPENING_LINK =
	/^(?:In|As|At|For|On|By|Over|During|Under)\s+(?:(?:a|the|its|his|her|their|those|these|that|this)\s+)?\p{Ll}+(?:\s+\p{Ll}+)?,\s+(?=((?:the|an?|his|her|its|their)\s+[^,]*|\p{Lu}[^,]*))/u;

const YARDSTICK_AFTER = /,\s+(?:its|their|the)\s+(?:\w+est|most\s+\w+|first)\s[^,]*$/i;

export function stripAttribution(s: string, mark: string): string {
	return leadingSpeaker(
		s
			// A quotation's closing marks and its speaker: “…,” Meissner said.
			.replace(/[,.]?\s*(?:''|”|")\s*(?:[\w’'.-]+\s+){0,5}(?:said|says|added|asked)\b[^,]*$/i, '')
			.replace(/^(?:``|“|")\s*/, '')
			// Discourse adverbs carry no news.
			.replace(
				/^(?:moreover|however|meanwhile|meantime|also|in addition|still|yet|nevertheless|instead|in all|all told|in total|overall|in short|in contrast|by contrast|earlier|later|then|separately|additionally|according to [^,]{1,60}),\s*/i,
				''
			)
			.replace(/^(?:[Ee]arlier|[Ss]eparately|[Mm]eanwhile|[Aa]lso)\s+(?=\p{Lu})/u, '')
			// …nor does a short opening phrase of a common noun, no date's, before a clause that
			// names its subject: "In exchange, Quist pushed a bill …", "In return, the senator
			// steered …" (a place stays: "In Hammerfest, Ms. Halvorsen was born").
			.replace(OPENING_LINK, (m, rest: string) => (hasFiniteVerb(rest) ? '' : m))
			.replace(/,\s*(?:meanwhile|however|moreover|though),/gi, '')
			// A person named after "said" at the end is who said what: "Both bakeries made money
			// last year, said Dale Kowalski, the union's president" → "Dale Kowalski said both
			// bakeries made money" (a name told this way vouches for a claim; "…, officials said"
			// and "…, the agency said" stay out, as before).
			.replace(INVERTED_SPEAKER, (tail: string, name: string, at: number, all: string) =>
				datedOpening(all.slice(0, at)) || !all.slice(0, at).includes(mark) || BODY_WORD.test(name)
					? tail
					: `${SAYING}, ${name} said${NAMED_SPEAKER}`
			)
			// …but not after an opening phrase: "On Friday, a newspaper reported that …" is the
			// main clause.
			.replace(TRAILING_SPEAKER, (tail: string, at: number, all: string) =>
				datedOpening(all.slice(0, at)) ? tail : tail.includes(mark) ? `${SAYING}${tail}` : ''
			)
			.replace(TRAILING_DECIDER, (tail: string, at: number, all: string) =>
				datedOpening(all.slice(0, at)) ? tail : tail.includes(mark) ? `${SAYING}${tail}` : ''
			)
			// A comparison's base or a record's yardstick after the happening: ", up from 9 million
			// a year earlier", ", its biggest one-day decline since December".
			.replace(/,\s+(?:up|down)\s+(?:from|on)\s[^,]*(?=,|$)/gi, '')
			// …and a change told after the figure: "revenue of $4.8 billion, up 9 percent".
			.replace(/,\s+(?:up|down)\s+[\d.]+\s*(?:percent|%)(?=,|$)/gi, '')
			.replace(
				/\s+(?:from|compared with|compared to)\s+(?:a|the)\s+year\s+(?:earlier|ago|before)\b/i,
				''
			)
			.replace(YARDSTICK_AFTER, (m, at: number, all: string) =>
				isOpening(all.slice(0, at)) ? m : ''
			)
			// (Not a saying the date is of, in a clause of its own: "…, and its president, Greg
			// Olmsted, said Tuesday that the probation …".)
			.replace(/,\s*(?:said|says|according to)\b[^,]*(?:,[^,]*)?$/i, (m) =>
				m.includes(mark) && /^,\s*(?:said|says)\s+(?:\S+\s+){0,2}?\u2063T\d+\u2063/.test(m) ? m : ''
			)
			.replace(SAID_BEFORE_TAIL, (_, said: string, tail: string) => speakerFirst(said, tail, mark)),
		mark
	);
}

/** Common words that open what was said, which lose their capital after the speaker. */
const COMMON_OPENERS = new Set(
	`exports imports prices sales shares profits profit earnings stocks markets talks officials
	investigators police troops rates inflation unemployment growth demand output production
	preliminary initial many most some several few both each no none other such two three four
	five six seven eight nine ten dozens hundreds thousands millions customers workers
	dockworkers employees residents passengers drivers patients students teachers nurses
	doctors farmers voters members fans visitors turnout attendance ridership enrollment`.split(/\s+/)
);

/** Where a dated saying was cut from what was said, until the speaker goes first. */
const SAYING = '\u2062';

const SAID_BEFORE_TAIL = new RegExp(`^(.*)${SAYING}(.*)$`, 's');

/**
 * "…, New Zealand said Friday": when the date is the saying's, the saying is the happening and
 * the title names who said what ("New Zealand said United States had right to defend …").
 */
function speakerFirst(said: string, tail: string, mark: string): string {
	const m = new RegExp(
		`^,\\s*(.*?)\\s*\\b(said|says|reported|reports|added|predicted|warned|announced|confirmed|told|${DECIDING})\\b`,
		'i'
	).exec(tail);
	const speaker = m?.[1]?.trim();
	if (!m || !speaker || /^(?:he|she|it|they|we|i)$/i.test(speaker)) return said;
	let what = said.replace(/^(?:``|“|")\s*/, '').replace(/^(?:but|and|yet|so)\s+/i, '');
	// What was said loses its opening phrase ("Since then, the agency approved …") and, after
	// the speaker, the capital of a common word ("Officials said at least 82 were killed").
	const comma = what.indexOf(', ');
	if (
		comma > 0 &&
		(PREPOSITION.test(what) || SUBORDINATORS.test(what)) &&
		!what.slice(0, comma).includes(mark)
	)
		what = what.slice(comma + 2);
	const first = /^\S+/.exec(what)?.[0] ?? '';
	// (…and of a common word's modifier: "Egg prices fell" → "reported egg prices fell".)
	const second = /^\S+\s+(\S+)/.exec(what)?.[1] ?? '';
	if (
		FUNCTION_WORDS.has(first.toLowerCase()) ||
		// (…and a pronoun's: "It will repay $2 million …, the council voted on Tuesday" →
		// "Council voted it will repay …".)
		/^(?:it|they|he|she|we)$/i.test(first) ||
		COMMON_OPENERS.has(first.toLowerCase()) ||
		(COMMON_OPENERS.has(second) && /^\p{Lu}\p{Ll}+$/u.test(first))
	)
		what = first.toLowerCase() + what.slice(first.length);
	const named = tail.includes(NAMED_SPEAKER) ? NAMED_SPEAKER : '';
	const verb = m[2]!.toLowerCase();
	// A finding names its object's state as a headline does: "Hollis was guilty of fraud, a jury
	// found on Thursday" → "Jury found Mark Hollis guilty of fraud" (dev17e).
	if (verb === 'found' || verb === 'ruled') what = what.replace(FOUND_STATE, '$1 $2');
	return `${speaker} ${verb}${named} ${what}`;
}

/**
 * "Fiat said on Tuesday it would cut 5,000 jobs": when the date is the saying's (or the
 * sentence has no date, its main happening being the saying), the title names who said what.
 * When the date belongs to what was said ("Officials said the plant closed in 2019"), the
 * title is what was said, with the speaker for its "it"/"they" ("Officials have said they want
 * to cut rates" → "Officials want to cut rates").
 */
function leadingSpeaker(s: string, mark: string): string {
	if (s.includes(NAMED_SPEAKER)) return s;
	const m = LEADING_SPEAKER.exec(s);
	if (!m) return s;
	const [all, speaker, verb, when] = m as unknown as [string, string, string, string];
	if (when.includes(mark) || speaker.includes(mark) || !s.includes(mark)) return s;
	// (…and a date in the phrase before "that" is the saying's too: "The coach said after the game
	// on Saturday that Pike had broken his wrist" → "Coach said Pike had broken his wrist".)
	const before = /\s(?:on|in|at|during|to|after|before)\s.*\sthat\s+$/.exec(all);
	if (before?.[0].includes(mark)) return `${speaker} ${verb} ${s.slice(all.length)}`;
	// "announced an 18 percent drop": what was announced is a noun, not a clause.
	if (/^(?:announced|reported)$/i.test(verb) && !/\bthat\s+$/i.test(all)) return s;
	// (A role, then its holder's name in commas, is the name: "said its chief executive, Helen
	// Osei, would retire" → "Helen Osei to retire", never "Harrow Foods’ chief executive, Helen
	// Osei".)
	const rest = s.slice(all.length).replace(NAMED_ROLE, '$1 ');
	const who = speaker.replace(/\s+(?:have|has|had|also|again)$/i, '');
	// What someone said they would do, without them, is a plan: "her group would observe the
	// planet again" → "her group to observe the planet again".
	// (Only when the date is that clause's: "it would build a plant, and broke ground there in
	// June" keeps its "would", the verb the second phrase's subject is found by.)
	const first = rest.split(/,\s+(?:and|but|which|who)\s|;/)[0]!;
	const plan = first.includes(mark)
		? rest.replace(/^((?:\S+\s+){1,6}?)would\s+(?!not\b|have\b)(?=\p{Ll})/u, '$1to ')
		: rest;
	if (/^(?:he|she|it|they|we|i)$/i.test(who)) return plan;
	// A pronoun the speaker cannot be is someone told before, and the saying stays whole for it
	// to be named: "Prosecutors said she began writing checks in 2017" is no "Prosecutors began
	// …" (`mayBeSpeaker`).
	const pronoun = /^(he|she|it|they)\s/i.exec(plan)?.[1];
	if (pronoun && !mayBeSpeaker(who, pronoun)) return s;
	// (…and its possessive is the speaker's: "The union said its members had voted" → "Union’s
	// members voted".)
	return plan
		.replace(/^(?:he|she|it|they)\s/i, `${who} `)
		.replace(/^(?:its|their)\s(?=\p{Ll})/iu, `${who}${possessiveEnding(who)} `);
}

/**
 * What was said opening with a role and its holder's name between commas, before the verb: "its
 * chief executive, Helen Osei, would retire", "the company's founder, Dana Whitlock, will step
 * down".
 */
const NAMED_ROLE =
	/^(?:its|their|his|her|the|\p{Lu}[\p{L}’'.&-]*(?:\s+\p{Lu}[\p{L}’'.&-]*)*['’]s?)\s+(?:[\p{Ll}’'-]+\s+){0,3}[\p{Ll}-]+,\s+(\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){1,3}),\s+(?=(?:would|will|had|has|was|is)\s)/u;

/** Within "X said that Y that Z", keeps the part the date belongs to. */
/**
 * A saying whose "that" opens what was said: a date there is what was said's ("told analysts
 * on a conference call that the company expected to finish closing 40 stores by the end of
 * the year" titles the closing, not the call).
 */
const SAYING_VERB =
	'said|says|told|tells|announced|added|reported|wrote|warned|predicted|estimated|acknowledged';

/**
 * …when the saying would crowd out what was said: a pronoun's ("He added that …") or one told
 * at length ("told analysts on a conference call that …"). "Travelers estimated that …" stays
 * whole: it names who said what.
 */
const SAID_THAT = new RegExp(
	`^(?:he|she|it|they|we|i)\\s+(?:${SAYING_VERB})\\b|\\b(?:${SAYING_VERB})(?:\\s+[\\w’'.-]+){2,6}$`,
	'i'
);

/** A verb of saying anywhere: what follows its "that" is what was said, not an object's clause. */
const SAYS = new RegExp(`\\b(?:${SAYING_VERB})\\b`);

export function chooseComplement(clause: string, mark: string): string {
	const parts = clause.split(/\s+that\s+/);
	const k = parts.findIndex((p) => p.includes(mark));
	if (k < 0 || parts.length === 1) return clause;
	// "that" then a past verb opens a relative clause, whose subject is the noun before it:
	// "could not stop the assassin's bullet that tore through his window Friday night" →
	// "Assassin's bullet tore through his window".
	const verb = /^[a-z]+/.exec(parts[k]!)?.[0] ?? '';
	if (k > 0 && (isPastVerb(verb) || verb === 'was' || verb === 'were')) {
		const noun = nounBefore(parts[k - 1]!);
		if (noun) return `${noun} ${parts.slice(k).join(' that ')}`;
	}
	// "…, work that officials credited this week with keeping roads open": an object's clause.
	if (k > 0 && k === parts.length - 1 && !SAYS.test(parts[k - 1]!)) {
		const noun = nounBefore(parts[k - 1]!) ?? /,\s+([\p{Ll}-]+)$/u.exec(parts[k - 1]!)?.[1];
		const gap =
			noun && !FUNCTION_WORDS.has(noun.toLowerCase()) ? withObject(noun, parts[k]!) : null;
		if (gap) return gap;
	}
	if (
		k === parts.length - 1 &&
		k > 0 &&
		(parts.slice(0, k).some((p) => p.includes(MARK)) || SAID_THAT.test(parts[k - 1]!))
	) {
		return parts[k]!;
	}
	return parts.slice(0, k + 2).join(' that ');
}

/**
 * An attribution set off by commas inside a clause ("In exchange, it says, Quist pushed a bill
 * …", "The developer, the indictment says, paid …", "By 2020, according to the lawsuit, the
 * firm had stopped …") tells who vouches for the clause, not what happened: it goes, and the
 * clause reads on. When it holds the date, the saying is the happening, and goes first: "The
 * plant, the company said on Tuesday, will close" → "the company said on Tuesday the plant will
 * close".
 */
const PARENTHETICAL_SAYING = new RegExp(
	`,\\s+((?:(?:the|a|an|his|her|its|their)\\s+)?(?:[\\p{L}.’'-]+\\s+){0,3}?(?:says|said|say|alleges|alleged|allege|argues|argued|contends|contended|claims|claimed|writes|wrote|reports|reported|notes|noted|recalls|recalled|testified|insists|insisted|believes|believe|believed)|according\\s+to\\s+(?:[\\p{L}.’'-]+\\s+){0,3}?[\\p{L}.’'-]+)((?:\\s+(?:on|in|at|late|early|last)?\\s*${MARK}[TO]\\d+${MARK})?),\\s+(?=[^\\s“"‘'\u0060])(?!(?:which|who|whom|whose|where|when)\\b)`,
	'gu'
);

/**
 * Words that open a clause's subject or a second clause, before which a comma stays: "In
 * exchange, Quist …", "… in September, and could cost …".
 */
const SUBJECT_OPENS = /^(?:\p{Lu}|(?:the|a|an|his|her|its|their|and|but|or|yet)\s)/u;

export function withoutParentheticalSaying(s: string): string {
	return datedSayingFirst(s).replace(
		PARENTHETICAL_SAYING,
		(m, _: string, when: string, at: number, all: string) => {
			// (Only inside a clause not yet told: after a whole clause the saying is its trailing
			// speaker, which the rules of a trailing saying read ("Unemployment fell to 4.1 percent
			// on Friday, the department said, making the drop the largest since 2009").)
			const clause = all.slice(0, at).split(/;\s+/).at(-1)!;
			if (when || m.includes(MARK) || hasFiniteVerb(clause)) return m;
			return SUBJECT_OPENS.test(all.slice(at + m.length)) ? ', ' : ' ';
		}
	);
}

/** A dated attribution after a sentence's subject goes first: see PARENTHETICAL_SAYING. */
function datedSayingFirst(s: string): string {
	const m = new RegExp(`^([^,]+)${PARENTHETICAL_SAYING.source}`, 'u').exec(s);
	if (!m || !m[3] || m[1]!.includes(MARK) || hasFiniteVerb(m[1]!) || /^according/.test(m[2]!))
		return s;
	// (Its subject is a subject again: "The plant" → "the plant".)
	const subject = m[1]!.replace(/^(?:The|A|An|Its|His|Her|Their)\s/, (d) => d.toLowerCase());
	const speaker = m[2]!.charAt(0).toUpperCase() + m[2]!.slice(1);
	return `${speaker}${m[3]} ${subject} ${s.slice(m[0].length)}`;
}
