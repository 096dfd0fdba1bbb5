/**
 * Who a pronoun opening a title is, by salience as centering theory ranks it (Grosz, Joshi and
 * Weinstein 1995; Brennan, Friedman and Pollard 1987): a fronted clause of the pronoun's own
 * sentence, then the sentence before (its subject before its objects), then the one before that,
 * and so on for a few sentences. A candidate must agree with the pronoun: "he" and "she" a
 * person of no other sex, "it" a thing or a body, "they" a plural, a group ("the Wildcats", "the
 * family") or a body's name. The nearest sentence with a candidate that agrees decides; when it
 * holds two that agree and nothing tells them apart, the pronoun stays as written: a wrong name
 * on a timeline is worse than a pronoun.
 *
 * This is the resolver of last resort: the rules of subjects.ts and things.ts run first, and
 * only a title that still opens with a bare pronoun comes here.
 */

import { isPastVerb } from '../happenings';
import { givenNameSex } from './given-names';
import { THINGS } from '../things';
import { FINITE } from './words';
import { canBe, kindOf } from './can-be';
import { sayingSpeaker, speakerOfAnother } from './spoken-of';
import { coupleOf } from './couples';
import { ageLineSex } from './age-line';

export type Sex = 'female' | 'male';
/**
 * What a noun phrase is to a pronoun: a person ("he", "she"), a thing ("it"), a group ("they",
 * and "it" when singular), a capitalised name that is no known person (a body, a team: "it" or
 * "they"), or a noun of unknown kind ("the leader", "the resident": a person or not, which no
 * pronoun may be named by, and which no candidate behind it may be named past).
 */
type Kind = 'person' | 'thing' | 'group' | 'name' | 'unknown';

/** A noun phrase a sentence names, and what a pronoun needs to know to stand for it. */
export interface Mention {
	/** As the title would write it: "Wildcats", "Tom Bell", "ferry Marigold". */
	text: string;
	role: 'subject' | 'object';
	kind: Kind;
	plural: boolean;
	sex: Sex | null;
}

/** Offices before a name, which tell a person ("Coach Tom Bell", "Mr. Bell"). */
const OFFICES =
	/^(?:mr|mrs|ms|miss|dr|gen|sen|rep|gov|judge|justice|mayor|governor|senator|president|coach|professor|prof|detective|sheriff|officer|chief|rev|father|sister|capt|captain|lt|sgt|sir|dame|lady|lord)\.?$/i;
const OFFICE_SEX: Record<string, Sex> = {
	mr: 'male',
	mrs: 'female',
	ms: 'female',
	miss: 'female',
	father: 'male',
	sister: 'female',
	sir: 'male',
	dame: 'female',
	lady: 'female',
	lord: 'male'
};

/** Nouns that tell a person by a role or kin, and the sex some of them tell. */
const ROLES = new Set(
	`coach mayor governor senator judge man woman boy girl teacher nurse doctor officer driver pilot
	founder owner president chairman chairwoman executive director manager player captain
	quarterback pitcher goalkeeper striker teenager student worker engineer farmer lawyer attorney
	treasurer accountant bookkeeper suspect victim gunman witness sheriff detective deputy priest
	pastor bishop singer actor actress author writer artist painter musician scientist researcher
	chef baker editor reporter publisher husband wife son daughter father mother brother sister
	widow widower grandmother grandfather spokesman spokeswoman mother-in-law boss rookie veteran`.split(
		/\s+/
	)
);
const ROLE_SEX: Record<string, Sex> = {
	man: 'male',
	boy: 'male',
	husband: 'male',
	son: 'male',
	father: 'male',
	brother: 'male',
	widower: 'male',
	grandfather: 'male',
	chairman: 'male',
	spokesman: 'male',
	actor: 'male',
	woman: 'female',
	girl: 'female',
	wife: 'female',
	daughter: 'female',
	mother: 'female',
	sister: 'female',
	widow: 'female',
	grandmother: 'female',
	chairwoman: 'female',
	spokeswoman: 'female',
	actress: 'female'
};

/** Nouns of a group of people, which "they" stands for as well as "it" ("the family moved"). */
const GROUPS = new Set(
	'family couple team band crew squad club board council committee jury panel company firm union staff police'.split(
		' '
	)
);

/** Words of a capitalised name that make it a body, not a person: "Ferris High", "Acme Corp.". */
const BODY_WORDS =
	/^(?:corp|corporation|inc|co|company|high|school|university|college|academy|council|board|bank|group|city|county|state|department|agency|hospital|church|club|united|fc|city|press|times|news|foods|motors|airlines|energy|systems|partners|holdings|labs|steel|mills?|works|foundation|institute|museum|league|association|society|trust|capital|media|brewing|freight|bridge|dam|river|lake|park|stadium|arena|center|centre)\.?$/i;

/** Words between a subject and its verb that are no part of the noun phrase. */
const ADVERB =
	/^(?:also|later|then|first|last|again|once|soon|still|never|only|finally|eventually|quickly|\p{Ll}+ly)$/u;

/** A determiner opening a noun phrase; the possessive ones name something else first. */
const DETERMINER = /^(?:the|a|an)$/i;
const POSSESSIVE_DETERMINER = /^(?:its|their|his|her|our|my|your)$/i;

/** Words that end a noun phrase after its verb. */
/** Verbs that join a subject to what it is, not to a second thing. */
const COPULA =
	/^(?:is|are|was|were|be|been|being|am|became|become|becomes|remains|remained|seems|seemed)$/i;

const NP_END =
	/^(?:in|on|at|by|for|from|to|into|with|after|before|during|since|until|as|of|over|under|about|and|or|but|that|which|who|when|while|because|than|through|against|amid|near|across|toward|towards|along|around|within|without|throughout|beside|behind|beyond|onto|upon|despite)$/i;

/** A scene-setting opening before the subject: "In 1990", "That year", "After the loss,". */
const OPENING =
	/^(?:(?:in|on|at|by|during|since|after|before|until|by|through|later|earlier|that|this|last|next)\s+(?:the\s+)?(?:(?:\p{Ll}+|\p{Lu}\p{Ll}+\.?|\d[\d,]*)\s+){0,2}?(?:\d{4}|\p{Lu}\p{Ll}+|year|month|week|season|spring|summer|fall|autumn|winter|day|night|morning|afternoon|evening|decade|time)s?\b,?\s+|(?:later|earlier|then|eventually|meanwhile|soon|afterward|afterwards)\b,?\s+)/iu;

/** A phrase of a preposition opening the sentence, up to its comma: "Over 2021–23, ". */
const FRONTED_PHRASE =
	/^(?:in|on|at|by|during|since|after|before|until|through|over|under|within|across|throughout|for|with|despite|amid|like|unlike)\s[^,]{1,60},\s+/i;

/** A birth told before its "he" or "she": "Born Ruth Ann Sokol in Erie on Feb. 2, 1929, she …". */
const BORN_PHRASE = /^Born\s[^.;]*?,\s+(?=(?:he|she)\s)/i;

/** A clause between commas that only describes the noun before it: ", who …,", ", 58,". */
const ASIDE = /,\s+(?:who|which|whose|where|\d{1,3})\b[^,]*,/g;

/** Whether a word is a finite verb (or an auxiliary) that could be a clause's main verb. */
function isVerb(word: string, before: string | undefined, after?: string): boolean {
	const w = word.toLowerCase();
	if (!/^\p{Ll}/u.test(word)) return false;
	// ("the proposed plan": a participle after a determiner is an adjective.)
	if (before && (DETERMINER.test(before) || POSSESSIVE_DETERMINER.test(before))) return false;
	if (FINITE.has(w) || isPastVerb(w) || /^(?:won|lost|beat|led|began|left)$/.test(w)) return true;
	// A present "-s" is a verb only before what opens its object or its infinitive ("The company
	// wants to sell", "the area hosts a contest"): most "-s" words after a noun are plurals.
	return (
		!!after &&
		/^\p{Ll}{3,}[^s'’]s$/u.test(word) &&
		!/['’]s$/.test(before ?? '') &&
		/^(?:the|a|an|to|its|their|his|her|that|more|about)$/i.test(after)
	);
}

/** A word without the punctuation around it; an abbreviation keeps its stop ("Dr.", "Corp."). */
const clean = (word: string) => {
	const bare = word.replace(/^[“"‘'(]+|[”"’'),;:]+$/g, '');
	return /^(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Jr|Sr|Corp|Inc|Co|Ltd|Gen|Sen|Rep|Gov|Lt|Sgt|Capt|Prof|Rev)\.$/u.test(
		bare
	)
		? bare
		: bare.replace(/\.+$/, '');
};

/** What a noun phrase's words say of it; null for what no pronoun stands for (a number). */
function mentionOf(
	words: string[],
	role: Mention['role'],
	own?: Set<string>,
	opensSentence = false
): Mention | null {
	// An apposition names its noun: "the coach, Ray Dunmore," → "Ray Dunmore".
	const parts = words
		.join(' ')
		.split(/,\s*/)
		.map((p) => p.trim())
		.filter(Boolean);
	if (parts.length > 1) {
		const named = parts
			.slice(1)
			.map((p) => mentionOf(p.split(/\s+/), role, own))
			.find((m) => m && /^\p{Lu}/u.test(m.text));
		const first = mentionOf(parts[0]!.split(/\s+/), role, own, opensSentence);
		// ("Varga's team, Danube Cycling," is a team by its name.)
		if (named && first) return { ...named, kind: named.kind === 'name' ? first.kind : named.kind };
		if (named) return named;
		return first;
	}
	words = words.map(clean).filter(Boolean);
	// A count of a kind is that kind: "Dozens of residents" are the residents "them" stands for.
	const count = words.findIndex((w) => !COUNT.test(w));
	if (count > 0 && words[count] === 'of' && count + 1 < words.length && !/^one$/i.test(words[0]!))
		words = words.slice(count + 1);
	// The head comes before a phrase that tells more of it: "an accountant at a Florida firm".
	// (A name keeps its inner "of" and "and": "Bank of America", "Immigration and
	// Naturalization Service".)
	const cut = words.findIndex(
		(w, i) =>
			i > 0 &&
			NP_END.test(w) &&
			!(
				/^(?:of|and|for|de)$/.test(w) &&
				/^\p{Lu}/u.test(words[i - 1]!) &&
				/^\p{Lu}/u.test(words[i + 1] ?? '')
			)
	);
	if (cut > 0) words = words.slice(0, cut);
	if (!words.length || words.length > 6) return null;
	let determiner = '';
	if (DETERMINER.test(words[0]!)) determiner = words.shift()!.toLowerCase();
	if (!words.length) return null;
	// Someone's or something's noun is known by its kind but cannot be named without naming its
	// owner first: "its coach" (a text of '' that no title takes).
	if (POSSESSIVE_DETERMINER.test(words[0]!)) {
		const kind = mentionOf(['the', ...words.slice(1)], role, own);
		return kind && { ...kind, text: '' };
	}
	if (/^(?:he|she|it|they|we|i|you|this|that|these|those|there)$/i.test(words[0]!)) return null;
	if (words.some((w) => /^[\d$%]/.test(w) || /^\p{Ll}+['’]s$/u.test(w))) return null;
	const head = words.at(-1)!.replace(/['’]s$/, '');
	const capitalised = words.every(
		(w, i) => /^\p{Lu}/u.test(w) || (i > 0 && /^(?:of|and|for|de)$/.test(w))
	);
	const text = words.join(' ');
	// (A lone word capitalised only because it opens the sentence may be a common noun:
	// "Engineers", "Police"; "Voltra" is a name.)
	const common =
		opensSentence &&
		!determiner &&
		words.length === 1 &&
		!own?.has(head) &&
		(ROLES.has(head.toLowerCase()) ||
			GROUPS.has(head.toLowerCase()) ||
			/^\p{Lu}\p{Ll}+[^s'’]s$/u.test(head));
	if (capitalised && !common) {
		const first = words[0]!.replace(/\.$/, '').toLowerCase();
		const office = OFFICES.test(words[0]!) && words.length > 1;
		const body = words.some((w) => BODY_WORDS.test(w));
		const given = givenNameSex(text);
		// (A name without an office or a known first name is a person when the story names that
		// surname as someone's elsewhere: `own`.)
		const person =
			!body &&
			!determiner &&
			(office ||
				(words.length >= 2 && words.length <= 4 && (given !== null || own?.has(head) === true)));
		if (person) {
			const name = office && words.length > 2 ? words.slice(1).join(' ') : text;
			return { text: name, role, kind: 'person', plural: false, sex: OFFICE_SEX[first] ?? given };
		}
		// "the Wildcats", "the Smiths": a plural name after "the" is a team or a family.
		if (determiner === 'the' && /[^s'’]s$/.test(head))
			return { text, role, kind: 'group', plural: true, sex: null };
		return { text, role, kind: 'name', plural: false, sex: null };
	}
	const lower = head.toLowerCase();

	if (ROLES.has(lower))
		return determiner === 'the'
			? { text, role, kind: 'person', plural: false, sex: ROLE_SEX[lower] ?? null }
			: { text, role, kind: 'unknown', plural: false, sex: null };
	if (GROUPS.has(lower)) return { text, role, kind: 'group', plural: false, sex: null };
	const plural = /^(?:people|men|women|children|police)$/.test(lower) || /[^su'’]s$/.test(lower);
	if (plural) return { text, role, kind: 'group', plural: true, sex: null };
	// (A person told by "a" or "an" is someone the story has not named: "An accountant noticed
	// …. She reported it" keeps its "she".)
	if (!determiner) return null;
	// Nouns of a doer may be people: "the leader", "the resident", "the official".
	const kind =
		/(?:er|or|ist|ian|ent|ant|ee)$/.test(lower) && !THINGS.has(lower) ? 'unknown' : 'thing';
	return { text, role, kind, plural: false, sex: null };
}

/** Words of a count before its kind: "about 200", "at least nine", "dozens of". */
const COUNT =
	/^(?:about|around|nearly|almost|roughly|some|at|least|more|than|over|[\d,]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|dozens|hundreds|thousands|millions|scores|many|several|most|all|both)$/i;

/** Verbs of saying, whose object is what was said, no noun a pronoun stands for. */
const SAYING =
	/^(?:said|says|told|tells|announced|reported|added|wrote|testified|argued|insisted)$/;

/** A joining of two noun phrases into a plural: "Garfield Elementary, and Hawthorne Elementary". */
const JOINED = /,\s+and\s+|\s+and\s+(?=(?:the|a|an|his|her|its|their)\s)/;

/** Where a sentence's clauses meet: ", and the mission was", "before she and her husband". */
const CLAUSE_BREAK =
	/,\s+(?:and|but)\s+(?=(?:he|she|it|they|the|a|an|his|her|its|their|\p{Lu}))|;\s+|\s+(?:that|before|after|when|while|because|until|once|although|though)\s+(?=(?:he|she|it|they|the|a|an|his|her|its|their|\p{Lu}))/u;

/**
 * The noun phrases a sentence names that a later pronoun may stand for, most salient first:
 * each clause's subject, then the object right after its verb (or a passive's agent). A subject
 * that is itself a pronoun is what `resolved` says it is. Null when a clause cannot be read (no
 * verb found, or a subject of no kind known): a pronoun after it cannot be named surely. With
 * `lenient`, a clause with no verb at all is passed over ("In 2004 they won": "In 2004" names
 * no one).
 */
export function mentionsOf(
	sentence: string,
	own?: Set<string>,
	resolved?: (pronoun: string) => Mention | null,
	lenient = false
): Mention[] | null {
	const text = sentence
		.trim()
		.replace(/^(?:but|and|yet|so)\s+/i, '')
		.replace(ASIDE, ',');
	// (A quotation tells its words, not its speaker's; the rules of subjects.ts name speakers.)
	if (/^[“"‘`]/.test(text)) return null;
	const found: Mention[] = [];
	for (const clause of text.split(CLAUSE_BREAK)) {
		if (!clause.trim()) continue;
		const mentions = clauseMentions(clause.trim(), own, resolved);
		if (mentions === 'no verb' && lenient) continue;
		if (!Array.isArray(mentions)) return null;
		found.push(...mentions);
	}
	return found;
}

function clauseMentions(
	text: string,
	own?: Set<string>,
	resolved?: (pronoun: string) => Mention | null
): Mention[] | null | 'no verb' {
	const start = text;
	for (let k = 0; k < 2; k++) text = text.replace(OPENING, '');
	text = text.replace(BORN_PHRASE, '');
	// (An opening phrase of a preposition, with no verb, up to its comma: "Over 2021–23, ".)
	text = text.replace(FRONTED_PHRASE, (m) =>
		m.split(/\s+/).some((w, i) => isVerb(clean(w), m.split(/\s+/)[i - 1])) ? m : ''
	);
	const words = text.split(/\s+/);
	const verb = words.findIndex((w, i) => i > 0 && isVerb(clean(w), words[i - 1], words[i + 1]));
	if (verb < 0) return 'no verb';
	const found: Mention[] = [];
	let subjectWords = words.slice(0, verb);
	while (subjectWords.length > 1 && ADVERB.test(clean(subjectWords.at(-1)!)))
		subjectWords = subjectWords.slice(0, -1);
	const pronoun = /^(he|she|it|they)$/i.exec(clean(subjectWords[0] ?? ''))?.[1];
	if (pronoun && subjectWords.length === 1) {
		const same = resolved?.(pronoun.toLowerCase());
		if (!same) return null;
		found.push({ ...same, role: 'subject' });
	} else {
		const joined = subjectWords.join(' ').split(JOINED);
		// (Two people's names joined are two, though a body's name may hold an "and".)
		if (joined.length === 1 && peoplePair(joined[0]!, own))
			joined.push(...joined.pop()!.split(' and '));
		const subject =
			joined.length > 1
				? {
						text: joined.join(' and '),
						role: 'subject' as const,
						kind: 'group' as const,
						plural: true,
						sex: null
					}
				: mentionOf(subjectWords, 'subject', own, text === start);
		if (!subject) return null;
		found.push(subject);
	}
	// What was said is a clause of its own: "said the city gave Brightline $40 million".
	if (SAYING.test(clean(words[verb]!).toLowerCase())) {
		const said = words.slice(verb + 1).join(' ');
		const inner = said ? clauseMentions(said, own, resolved) : 'no verb';
		if (inner === null) return null;
		return inner === 'no verb' ? found : [...found, ...inner];
	}
	// The object: after the verb's auxiliaries, particles and adverbs, up to a preposition, a
	// comma or a second verb. A passive's object is its agent, after "by".
	let k = verb + 1;
	while (
		k < words.length &&
		/^(?:been|be|being|had|has|have|was|were|not|never|also|again|up|down|out|off|back)$/i.test(
			clean(words[k]!)
		)
	)
		k++;
	while (k < words.length && isPastVerb(clean(words[k]!).toLowerCase()) && k <= verb + 2) k++;
	// (A copula's complement is what the subject is, no second thing a pronoun could stand for:
	// "The bridge has been a worry for years. Inspectors rated it poor" rates the bridge.)
	if (COPULA.test(clean(words[k - 1]!))) return found;
	if (/^by$/i.test(words[k] ?? '')) k++;
	// (An infinitive's object is the clause's: "refused to release the videos".)
	else if (/^to$/i.test(words[k] ?? '') && /^\p{Ll}{2,}$/u.test(words[k + 1] ?? '')) {
		const after = clean(words[k + 2] ?? '');
		if (DETERMINER.test(after) || POSSESSIVE_DETERMINER.test(after)) k += 2;
	}
	const object: string[] = [];
	for (; k < words.length && object.length < 6; k++) {
		const w = words[k]!;
		if (NP_END.test(clean(w)) || isVerb(clean(w), words[k - 1])) break;
		// (A count after the object is how often: "lost the final | three times".)
		if (
			object.length &&
			/^(?:every|each|last|next|this|that|yesterday|today|early|late|monday|tuesday|wednesday|thursday|friday|saturday|sunday|once|twice|two|three|four|five|six|seven|eight|nine|ten|several|many)$/i.test(
				clean(w)
			)
		)
			break;
		object.push(w);
		if (/[,;:.]$/.test(w)) break;
	}
	// (An object "it" or "them" goes on about what it stood for: "She renamed it Hope Meadow".)
	const objectPronoun = /^(it|them)$/i.exec(clean(object[0] ?? ''))?.[1]?.toLowerCase();
	if (objectPronoun) {
		const same = resolved?.(objectPronoun === 'it' ? 'it' : 'they');
		return same ? [...found, { ...same, role: 'object' }] : null;
	}
	// (A name right after the verb, then another noun, is the first of two objects: "named Tom
	// Bell its coach", "gave Brightline $40 million".)
	const second = object.findIndex(
		(w, i) =>
			i > 0 &&
			(POSSESSIVE_DETERMINER.test(clean(w)) ||
				DETERMINER.test(clean(w)) ||
				/^[\d$]/.test(w) ||
				(/^\p{Lu}/u.test(object[i - 1]!) && /^\p{Ll}/u.test(w) && !/^(?:of|and|for|de)$/.test(w)))
	);
	const objectMention = mentionOf(second > 0 ? object.slice(0, second) : object, 'object', own);
	if (objectMention) found.push(objectMention);
	return found;
}

/** Whether a mention agrees with a pronoun, by number, person or thing, and sex. */
function agrees(pronoun: string, m: Mention): boolean {
	switch (pronoun) {
		case 'he':
		case 'his':
			return (m.kind === 'person' && m.sex !== 'female') || m.kind === 'unknown';
		case 'she':
		case 'her':
			return (m.kind === 'person' && m.sex !== 'male') || m.kind === 'unknown';
		case 'it':
		case 'its':
			return (
				(m.kind === 'thing' || m.kind === 'group' || m.kind === 'unknown' || m.kind === 'name') &&
				!m.plural
			);
		default:
			// A body's plural name takes "they" as a team's does ("Ridgeway Motors"); a lone person
			// never does.
			return m.kind === 'group' || (m.kind === 'name' && /s$/.test(m.text));
	}
}

/** Whether `m` agrees with the pronoun by a sign the text gives, not only by not disagreeing. */
function surely(pronoun: string, m: Mention): boolean {
	if (pronoun === 'he' || pronoun === 'his') return m.sex === 'male';
	if (pronoun === 'she' || pronoun === 'her') return m.sex === 'female';
	return false;
}

/**
 * A kin by a possessive, named, who tells something: "Her daughter, Susan Whitcomb, said the
 * cause was pneumonia". A "she" after it goes on about the one whose daughter that is (the one
 * an obituary is about), not the daughter; a "he", of the other sex, may be the kin ("Her husband,
 * Tom, said … He …"), as ever.
 */
const KIN_SAYS = (owner: string) =>
	new RegExp(
		String.raw`^${owner}\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+(?:\s+of\s+\S+\s+years)?,\s+(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]*,\s+(?:said|says|confirmed|told|announced|added)\b`,
		'u'
	);
export const OWN_KIN_SAYS = { her: KIN_SAYS('Her'), his: KIN_SAYS('His') };

/** How many sentences back a pronoun's antecedent is looked for. */
const REACH = 3;

/**
 * What `pronoun` ("he", "she", "it", "they", or their possessives) stands for, as a mention of
 * `earlier` sentences (nearest first) or of `before`, the words of its own sentence before it;
 * null when none agrees or two agree with nothing to tell them apart.
 */
export function antecedent(
	pronoun: string,
	earlier: string[],
	before = '',
	own?: Set<string>,
	story: Story = storyOf([before, ...earlier])
): Mention | null {
	const base = BASE[pronoun.toLowerCase()] ?? pronoun.toLowerCase();
	// (A pronoun subject of an earlier sentence is what the sentences before it say.)
	const chain = (k: number) => (p: string) =>
		k < REACH ? antecedent(p, earlier.slice(k + 1), '', own, story) : null;
	// Its own sentence before it comes first: a fronted clause ("After the Wildcats lost the final,
	// they …") or a main clause it is said in ("The agency said that once he arrives, it will …").
	const inOwn = before.trim()
		? mentionsOf(before.replace(SUBORDINATE, ''), own, chain(-1), true)
		: [];
	if (!inOwn) return null;
	{
		const named = choose(base, inOwn, story);
		if (named !== undefined) return named;
	}
	for (const [k, sentence] of earlier.slice(0, REACH).entries()) {
		if (
			(base === 'she' || base === 'he') &&
			(OWN_KIN_SAYS[base === 'she' ? 'her' : 'his'].test(sentence.trimStart()) ||
				speakerOfAnother(sentence, base === 'she' ? 'female' : 'male'))
		)
			continue;
		const mentions = mentionsOf(sentence, own, chain(k));
		if (!mentions) return null;
		const named = choose(base, mentions, story);
		if (named !== undefined) return named;
	}
	return null;
}

/** What the whole story before a pronoun tells of its people. */
interface Story {
	/** The sex the story tells of a person: a first name, or "Mr." or "Ms." before the surname. */
	sexOf: (name: string) => Sex | null;
	/** The people the story names by a full name. */
	people: string[];
	/** The sex only a first name or "Mr." or "Ms." tells, which no reading of a sentence can. */
	firmSexOf: (name: string) => Sex | null;
}

const surnameOf = (name: string) =>
	name
		.split(/\s+/)
		.at(-1)!
		.replace(/['’]s$/, '');

/** A person's name as news writes it: a known first name or an office, then capitalised words. */
// (A surname may hold a capital after its hyphen or its "Mc": "Okafor-Lund", "McAllister".)
const PERSON =
	/\b(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?\p{Lu}[\p{L}’'-]*\p{Ll}(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}’'-]*\p{Ll}){1,3}\b/gu;

/** A sentence that tells a saying. */
const SAID_IN = /\b(?:said|says|told|tells|added|recalled|wrote)\b|[“”"]/;

/** What `sentences` (nearest first) tell of the people in them. */
export function storyOf(
	sentences: string[],
	told?: (sentence: string, person: string) => Sex | null
): Story {
	const text = sentences.filter(Boolean);
	const inOrder = text.toReversed();
	const memo = new Map<string, Sex | null>();
	const sexOf = (name: string): Sex | null => {
		if (memo.has(name)) return memo.get(name)!;
		const sex = sexTold(name);
		memo.set(name, sex);
		return sex;
	};
	// The signs in order of strength, the first that speaks deciding: a first name; "Mr." or
	// "Ms." before the surname, which news gives one person of a surname; what sentences say
	// beside the name or go on with; the first names others of that surname bear.
	const sexTold = (name: string, firm = false): Sex | null => {
		const surname = surnameOf(name);
		// (A first name decides: "Tom Vasquez" is a man though his wife, Elena, shares his surname.)
		const given = givenNameSex(name.replace(/^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+/, ''));
		if (given) return given;
		// (…and so does an age line right after the sentence the name opens, whatever the first
		// name: "Nia Roberts, a headteacher …, died on Monday. She was 84.")
		const aged = ageLineSex(name, inOrder.join(' '));
		if (aged) return aged;
		const honorifics = new Set<Sex>();
		const beside = new Set<Sex>();
		const kin = new Set<Sex>();
		for (const [k, sentence] of text.entries()) {
			for (const m of sentence.matchAll(/\b(Mr|Mrs|Ms|Miss)\.?\s+(\p{Lu}[\p{L}’'-]+)/gu))
				if (m[2] === surname) honorifics.add(m[1] === 'Mr' ? 'male' : 'female');
			// A sentence that opens with the person and tells no saying, the one after it opening
			// with "He" or "She": "Eddie Fenwick died on Monday. He was 88." (After a saying the
			// pronoun is as often whom the speaker spoke of: "Dr. Reyes said …. She was elected".)
			const next = text[k - 1]?.trimStart();
			// (The name may stand in apposition: "The suspect, Curtis Lane Dobbs, 34, was charged".)
			const opens = new RegExp(`^(?:\\S+\\s+){0,4}?${surname}\\b`, 'u');
			if (next && opens.test(sentence.trimStart()) && !SAID_IN.test(sentence)) {
				const pronoun = /^(He|She)\s/.exec(next)?.[1];
				if (pronoun) beside.add(pronoun === 'She' ? 'female' : 'male');
			}
			// (What the sentence says beside the name: "Linda Marsh, 58, shook her head".)
			const said = sentence.includes(surname) ? told?.(sentence, name) : null;
			if (said) beside.add(said);
			for (const m of sentence.matchAll(PERSON))
				if (surnameOf(m[0]) === surname && givenNameSex(m[0])) kin.add(givenNameSex(m[0])!);
			// (Whom a "she" married is a man, whom a "he" married a woman: "She married the composer
			// Alun Hughes in 1975".)
			// (Only the one married, right after the verb: not "… at the home of Ann Lee".)
			const wed = WED.exec(sentence.trimStart());
			const spouse = new RegExp(
				`^\\s+(?:(?:the|a|an|her|his|fellow)\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}?(?:\\p{Lu}[\\p{L}’'.-]*\\s+){0,2}${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}’'-])`,
				'u'
			);
			if (wed && spouse.test(sentence.trimStart().slice(wed[0].length)))
				beside.add(/^she$/i.test(wed[1]!) ? 'male' : 'female');
		}
		for (const votes of firm ? [honorifics] : [honorifics, beside, kin])
			if (votes.size) return votes.size === 1 ? [...votes][0]! : null;
		return null;
	};
	const firmSexOf = (name: string) => sexTold(name, true);
	const people = new Set<string>();
	for (const sentence of text)
		for (const m of sentence.matchAll(PERSON))
			// (Words of a body's name are no person: "National Academy of Sciences".)
			if (
				!m[0]
					.split(/\s+/)
					.some((w) => BODY_WORDS.test(w) || /^(?:The|In|On|At|After|When)$/.test(w))
			)
				people.add(m[0].replace(/^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+/, ''));
	return { sexOf, people: [...people], firmSexOf };
}

/** A "he" or "she" marrying, after a short opening: "In 1975 she married". */
const WED = /^(?:[\p{L}\d,]+\s+){0,4}?(he|she)\s+(?:married|wed)\b/iu;

/** A subordinator opening a fronted clause. */
const SUBORDINATE = /^(?:after|before|when|while|as|once|since|because|although|though|if)\s+/i;

const BASE: Record<string, string> = { his: 'he', her: 'she', its: 'it', their: 'they' };

/**
 * The mention of one sentence a pronoun stands for: undefined when none agrees (look further
 * back), null when it cannot be told surely (two agree and nothing tells them apart, or the
 * first that agrees is of no kind known).
 */
function choose(pronoun: string, mentions: Mention[], story: Story): Mention | null | undefined {
	// (A person's sex the sentence does not tell may be told elsewhere in the story.)
	const told = mentions.map((m) =>
		m.kind === 'person' && !m.sex ? { ...m, sex: story.sexOf(m.text) } : m
	);
	let fit = told.filter((m) => agrees(pronoun, m));
	if (!fit.length) return undefined;
	// A plural is a surer "they" than a body that may be one ("Natarajan and Weil started the
	// company. They raised …" is the two, not the company).
	const plural = fit.filter((m) => m.plural);
	if (pronoun === 'they' && plural.length === 1) fit = plural;
	const [first, ...rest] = fit;
	if (first!.kind === 'unknown' || !first!.text) return null;
	// A person of no sex known is no sure "she" when the story names a woman who is someone else
	// ("Dr. Reyes said …. She was elected" in a woman's obituary), nor a "he" when it names a man.
	const other = (name: string) =>
		surnameOf(name) !== surnameOf(first!.text) &&
		surely(pronoun, { ...first!, sex: story.sexOf(name) });
	if (first!.kind === 'person' && !first!.sex && story.people.some(other)) return null;
	// Two that agree: the subject wins only when the text tells the other apart ("Maria Lopez
	// hired Tom Reed. She …"); else the pronoun stays.
	if (rest.length && !(surely(pronoun, first!) && !rest.some((m) => surely(pronoun, m))))
		return null;
	return first!;
}

/** What only a body does, told of an "it": plans, expectations, sayings, hiring, promises. */
const BODY_DOING =
	/^It\s+(?:also\s+|still\s+|now\s+)?(?:said|says|announced|plans|planned|expects|expected|intends|hopes|aims|agreed|promised|warned|apologized|apologised|hired|sued|will|would|is\s+planning)\b/;

/** Heads of a body's description: who plans, hires and says as one. */
const BODIES = new Set(
	`company firm group carrier airline bank lender insurer grocer retailer chain maker
	manufacturer producer publisher network studio council government administration agency
	department ministry board committee commission party union league club university
	hospital charity foundation utility regulator operator authority service watchdog
	broadcaster developer supplier distributor chipmaker automaker carmaker startup
	organization organisation institute`.split(/\s+/)
);

/**
 * The body the sentence before names as its subject, for an "it" that does what only a body
 * does, when that sentence's other candidates are things no plan or saying is told of: "The
 * company wants to sell the pill in Europe. It plans to test it in children" → "Company plans
 * …" (the pill does not plan). Null unless the subject is the one body there.
 */
function bodyBefore(sentence: string | undefined, own?: Set<string>): Mention | null {
	if (!sentence) return null;
	const mentions = mentionsOf(sentence, own);
	if (!mentions?.length) return null;
	const [subject] = mentions;
	const isBody = (m: Mention) =>
		(m.kind === 'thing' || m.kind === 'group') &&
		!m.plural &&
		BODIES.has(m.text.split(' ').at(-1)!.toLowerCase());
	if (subject!.role !== 'subject' || !isBody(subject!)) return null;
	// (Another body or a name, which may be one, leaves it unsure: "The council sued the company".)
	if (mentions.slice(1).some((m) => isBody(m) || m.kind === 'name' || m.kind === 'unknown'))
		return null;
	return subject!;
}

/** A title's opening pronoun: the word, and whether it is a possessive. */
const OPENING_PRONOUN = /^(He|She|It|They|His|Her|Its|Their)\s+(?=\S)/;

/**
 * The title with its opening pronoun named by its antecedent (`antecedent`), or as it was:
 * "They won their first title" → "Wildcats won their first title"; "His team won" → "Tom
 * Bell’s team won". `own` is the pronoun's sentence, `earlier` the sentences before, nearest first,
 * `text` the whole story when known.
 */
export function nameOpeningPronoun(
	title: string,
	own: string,
	earlier: string[],
	people?: Set<string>,
	text?: string
): string {
	const m = OPENING_PRONOUN.exec(title);
	if (!m) return title;
	const word = m[1]!;
	const at = own.search(new RegExp(`\\b${word}\\b`, 'i'));
	const before = at > 0 ? own.slice(0, at) : '';
	const story = storyOf([own, ...earlier]);
	const base = BASE[word.toLowerCase()] ?? word.toLowerCase();
	if (
		(base === 'he' || base === 'she') &&
		jointlyAmbiguous(base, before.trim() ? before : (earlier[0] ?? ''), story, people)
	)
		return title;
	const found =
		antecedent(word, earlier, before, people, story) ??
		(word === 'It' && !before.trim() && BODY_DOING.test(title)
			? bodyBefore(earlier[0], people)
			: null) ??
		protagonistOf(BASE[word.toLowerCase()] ?? word.toLowerCase(), earlier, story, people);
	if (!found || !canBe(word, found.text, [own, ...earlier], text, people)) return title;
	const possessive = /^(?:His|Her|Its|Their)$/.test(word);
	// Two people joined are "they" by their surnames: "Priya Natarajan and Jonas Weil started the
	// company. They raised …" → "Natarajan and Weil raised …". (Two things joined are no name for
	// a title, nor for a possessive: "Garfield Elementary and Hawthorne Elementary’s".)
	if (/ and /.test(found.text)) {
		const pair = peoplePair(found.text, people);
		return pair && !possessive ? `${pair} ${title.slice(m[0].length)}` : title;
	}
	// ("Her" before a verb's object is no possessive: only "Her" opening a noun is.)
	const name = found.text.charAt(0).toUpperCase() + found.text.slice(1);
	const rest = title.slice(m[0].length);
	// (Never the thing its own verb acts on: "The substation was built in 1987, the company said.
	// It expects the substation to be rebuilt" is no "Substation expects substation …".)
	const object = rest.split(' ').slice(1).join(' ').toLowerCase();
	if (!possessive && `${object} `.startsWith(`${found.text.toLowerCase()} `)) return title;
	return possessive ? `${owner(name, rest)}` : `${name} ${rest}`;
}

/**
 * A title whose sentence opens with a birth before its "he" or "she" ("Born Mary Ellen Kovac in
 * Toledo, she graduated from Ohio State in 1961"), the pronoun named by the one the piece is
 * about, the person its first sentence opens with: a story tells a birth only of its own subject.
 * Null for any other title; the title as it was where the story opens with no one of that sex
 * (no one else nearer is guessed at: "Her colleague Ruth Adler said she was the best chemist she
 * knew. Born in Lagos, she …" is not Adler).
 */
export function nameBornPronoun(title: string, own: string, text?: string): string | null {
	const m = /^(He|She)\s+(?=\S)/.exec(title);
	if (!m || !BORN_PHRASE.test(own.trimStart())) return null;
	const lede = text ? ledePerson(m[1] === 'She' ? 'female' : 'male', text) : null;
	return lede ? `${lede} ${title.slice(m[0].length)}` : title;
}

/**
 * Whether the "he" or "she" opening `own` cannot be named: the sentence right before it is
 * someone's saying that gives no sign it tells of another (`speakerOfAnother`), in a story that
 * opens with someone else of the pronoun's sex. "Brian Holt, the cellist …, has died. The
 * conductor Simon Hale said he had never heard a finer player. He died at a hospice" may be
 * either man to the rules (a reader knows it is Holt), so it stays a pronoun, not "Simon Hale
 * died".
 */
export function afterOthersSaying(
	pronoun: 'He' | 'She',
	own: string,
	earlier: string[],
	text?: string
): boolean {
	if (!text || !earlier[0] || !new RegExp(`^\\s*${pronoun}\\s`).test(own)) return false;
	const sex: Sex = pronoun === 'She' ? 'female' : 'male';
	const speaker = sayingSpeaker(earlier[0]);
	if (!speaker || speakerOfAnother(earlier[0], sex)) return false;
	const lede = ledePerson(sex, text);
	if (!lede || wordIn(speaker, surnameOf(lede))) return false;
	const sexOfSpeaker = storyOf([...earlier].reverse()).sexOf(lastName(speaker));
	return sexOfSpeaker === null || sexOfSpeaker === sex;
}

/** The name a speaker's words end with: "Simon Hale" of "The conductor Simon Hale". */
const lastName = (speaker: string) =>
	/(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)[,\s]*$/u.exec(speaker)?.[1] ?? speaker;

/** A full name opening a story, after its dateline: "Mary Dunn, a chemist whose …". */
const OPENING_NAME =
	/^(?:\p{Lu}[\p{Lu}.,' -]+\s+[—–-]+\s+)?(\p{Lu}[\p{L}’'-]*\p{Ll}(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}’'-]*\p{Ll}){1,3})(?=,|\s+\p{Ll})/u;

/**
 * The person a story opens with, when of `sex` by what the story tells, as a title names them:
 * the surname, or the whole name where someone else the story names shares it ("Mary Dunn" beside
 * "Her daughter, Anne Dunn"). Null when the story opens with no person's full name.
 */
function ledePerson(sex: Sex, text: string): string | null {
	const name = OPENING_NAME.exec(text.trimStart())?.[1];
	if (!name || name.split(/\s+/).some((w) => BODY_WORDS.test(w))) return null;
	const sentences = text.split(/(?<=[.!?][”"]?)\s+(?=[“"]?\p{Lu})/u).reverse();
	const story = storyOf(sentences);
	if (story.sexOf(name) !== sex) return null;
	const surname = surnameOf(name);
	const kin = story.people.some((p) => p !== name && surnameOf(p) === surname);
	return kin ? name : surname;
}

/**
 * Whether `sentence`, the one right before a "he" or "she", has a subject of two or more people
 * joined of whom more than one could be it: "Price and his teammate Carl Reid were injured in the
 * same game. He had surgery in October" is either man, so no one; "Holt and his wife, Ann, moved
 * to Bath" leaves a "he" to Holt.
 */
function jointlyAmbiguous(
	base: 'he' | 'she',
	sentence: string,
	story: Story,
	people?: Set<string>
): boolean {
	const sex: Sex = base === 'she' ? 'female' : 'male';
	const mentions = sentence.trim() ? mentionsOf(sentence, people, undefined, true) : null;
	for (const m of mentions ?? []) {
		if (m.kind !== 'group' || !/\sand\s/.test(m.text)) continue;
		let could = 0;
		for (const part of m.text.split(/,?\s+and\s+|,\s+/)) {
			const words = part.trim().split(/\s+/);
			const start = words.findIndex((w) => /^\p{Lu}/u.test(w));
			const name = start < 0 ? '' : words.slice(start).join(' ');
			const head = (start < 0 ? words.at(-1) : words[start - 1])?.toLowerCase() ?? '';
			if (name && words.slice(start).some((w) => BODY_WORDS.test(w))) continue;
			if (!name && !ROLES.has(head)) continue;
			const told = name ? (givenNameSex(name) ?? story.sexOf(name)) : null;
			const of = told ?? ROLE_SEX[head] ?? null;
			if (of === null || of === sex) could++;
		}
		if (could > 1) return true;
	}
	return false;
}

/**
 * A possessive named by its owner, before what it owns: "City council’s budget"; never a noun
 * doubled ("City council’s council members" is "City council members").
 */
export function owner(name: string, owned: string): string {
	const head = name.split(' ').at(-1)!.toLowerCase();
	const [first = '', ...rest] = owned.split(' ');
	if (first.toLowerCase() === head) return [name, ...rest].join(' ');
	return `${name}${/s$/.test(name) ? '’' : '’s'} ${owned}`;
}

/**
 * Two people joined ("Priya Natarajan and Jonas Weil", "Dr. Ana Ruiz and Tom Bell") as their
 * surnames joined, or null when either is no person a name or an office tells.
 */
function peoplePair(text: string, own?: Set<string>): string | null {
	const parts = text.split(' and ');
	if (parts.length !== 2) return null;
	const surnames = parts.map((part) => {
		const words = part.trim().split(/\s+/);
		const m = mentionOf(words, 'subject', own);
		return m?.kind === 'person' && words.length >= 2 ? surnameOf(m.text) : null;
	});
	return surnames.every(Boolean) ? surnames.join(' and ') : null;
}

/**
 * "They" after two people joined as a subject is those two, before any thing a rule for "they"
 * would name: the title with its "They" named so, or null.
 */
export function nameJoinedThey(
	title: string,
	own: string,
	earlier: string[],
	people?: Set<string>,
	text?: string
): string | null {
	if (!/^They\s/.test(title)) return null;
	const found = antecedent('They', earlier, '', people, storyOf([own, ...earlier]));
	const pair = found && / and /.test(found.text) ? peoplePair(found.text, people) : null;
	if (pair) return `${pair} ${title.slice('They '.length)}`;
	// Two people the sentence right before pairs: "He met Gwen Lloyd at a chapel choir. They
	// married in 1962" → "Okafor and Lloyd married". (Only a "They" that opens its sentence.)
	if (!earlier[0] || !/^\s*They\s/.test(own)) return null;
	const isPerson = (name: string) =>
		givenNameSex(name) !== null || (people?.has(surnameOf(name)) ?? false);
	// (A subject of a meeting or a marriage is a person unless the text shows it is something
	// else: "Okafor met Gwen Lloyd at a choir".)
	const told = text ?? [...earlier].reverse().join(' ');
	const mayBePerson = (name: string) =>
		isPerson(name) || ['person', 'unknown'].includes(kindOf(name, told));
	const couple = coupleOf(earlier[0], isPerson, mayBePerson);
	if (!couple) return null;
	let subject = couple.subject;
	if (/^(?:He|She)$/.test(subject)) {
		const named = nameOpeningPronoun(`${subject} x`, earlier[0], earlier.slice(1), people, text);
		if (named === `${subject} x`) return null;
		subject = named.slice(0, -' x'.length);
	}
	if (surnameOf(subject) === surnameOf(couple.partner)) return null;
	return `${surnameOf(subject)} and ${surnameOf(couple.partner)} ${title.slice('They '.length)}`;
}

/** A surname after an office: "Dr. Reyes", "Ms. Park". */
const OFFICE_NAME =
	/\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Rev|Gov|Sen|Rep|Judge|Mayor|Coach)\.?\s+(\p{Lu}[\p{L}’'-]+)/gu;

/** A sentence that is a quotation and its speaker: "“She didn't care,” Dr. Reyes said." */
const QUOTED_SAYING = /^\s*[“"][^”"]*[”"]/;

/**
 * The person a profile or an obituary is about, who is its "he" or "she" by default when nothing
 * nearer is: of the people the story tells are of the pronoun's sex, the one it names most
 * often (the first named, of those named as often), named in its first sentences, when no one
 * else who could be a "he" or "she" of that sex is named since that person last was. Someone whose quotation holds the pronoun is not who
 * it is ("“She didn't care who was first,” Dr. Reyes said. She was elected …": the woman the
 * obituary is about, not Dr. Reyes). Null when that is not sure.
 */
export function protagonistOf(
	pronoun: string,
	earlier: string[],
	story: Story,
	own?: Set<string>
): Mention | null {
	if (pronoun !== 'he' && pronoun !== 'she') return null;
	const sex: Sex = pronoun === 'she' ? 'female' : 'male';
	const text = earlier.toReversed().join(' ');
	const named = (sentence: string) => {
		const found = new Set<string>();
		for (const p of story.people) if (wordIn(sentence, surnameOf(p))) found.add(surnameOf(p));
		for (const m of sentence.matchAll(OFFICE_NAME)) found.add(m[1]!);
		// (A pronoun a saying opens with is no one's surname: "She said" of `own`.)
		for (const surname of own ?? [])
			if (!PRONOUN_WORD.test(surname) && wordIn(sentence, surname)) found.add(surname);
		return found;
	};
	// (Named as often as anyone, the one named first wins: an obituary names its subject in the
	// lede and goes on with "she".)
	const counts = new Map<string, number>();
	const inSentence = earlier.map(named);
	for (const found of inSentence.toReversed())
		for (const n of found) counts.set(n, (counts.get(n) ?? 0) + 1);
	// (Of a surname kin share, the full name of the pronoun's sex, the first the story gives: "Priya
	// Raman" of the lede, not "Meena Raman" of "Her parents, Arun and Meena Raman"; "Paul Kessler"
	// for a "he" after "her father, Paul Kessler".)
	const fullName = (surname: string) => {
		const all = story.people.filter((p) => surnameOf(p) === surname);
		const same = all.filter((p) => story.firmSexOf(p) === sex);
		return (same.length ? same : all).at(-1) ?? surname;
	};
	const [top] = [...counts]
		// (By a first name or an office: a "he" after a sentence about someone tells nothing here,
		// being the very pronoun to name.)
		.filter(([n]) => story.firmSexOf(fullName(n)) === sex)
		.sort((a, b) => b[1] - a[1]);
	if (!top) return null;
	const surname = top[0];
	const full = fullName(surname);
	// (The one the story is about is named in its first sentences: a night guard told in the
	// third paragraph of a stolen painting's story is no "he" of its seventh.)
	if (!inSentence.slice(-2).some((found) => found.has(surname))) return null;
	const last = inSentence.findIndex((found) => found.has(surname));
	for (const [k, found] of inSentence.slice(0, last).entries())
		for (const other of found) {
			const otherSex = story.sexOf(fullName(other));
			// (Not one who only tells of someone of the pronoun's sex: "Hallam's manager, Tom Bell,
			// said the club had watched him".)
			const speaker = speakerOfAnother(earlier[k]!, sex);
			if (speaker && wordIn(speaker, other) && found.size === 1) continue;
			if (otherSex === sex) return null;
			const quoting =
				QUOTED_SAYING.test(earlier[k]!) &&
				new RegExp(`\\b${pronoun}\\b`, 'i').test(QUOTED_SAYING.exec(earlier[k]!)![0]);
			// (A capitalised word the text never shows is anyone's, "Chess" of "Evanston Chess Club",
			// stands for no one.)
			if (!otherSex && !quoting && kindOf(other, text) !== 'unknown') return null;
		}
	return { text: full, role: 'subject', kind: 'person', plural: false, sex };
}

/** A pronoun, capitalised as it opens a sentence. */
const PRONOUN_WORD = /^(?:He|She|It|They|We|I|You|His|Her|Its|Their)$/;

const wordIn = (sentence: string, word: string) =>
	new RegExp(
		`(?<![\\p{L}’'-])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}’'-])`,
		'u'
	).test(sentence);

/**
 * Whether naming a "he" or "she" by `person` is a guess or wrong: the story tells the person is
 * of the other sex, or tells nothing of the person's sex and names someone else who is surely
 * of the pronoun's.
 */
export function doubtful(
	person: string,
	female: boolean,
	sentences: string[],
	told?: (sentence: string, person: string) => Sex | null
): boolean {
	const story = storyOf(sentences, told);
	const sex: Sex = female ? 'female' : 'male';
	// (A person a first name or an office tells is of the other sex is no guess but wrong: "a
	// graduate student, Paul Reyes" is never the "she" of a woman's obituary.)
	const firm = story.firmSexOf(person);
	if (firm) return firm !== sex;
	if (story.sexOf(person)) return false;
	return story.people.some(
		(other) => surnameOf(other) !== surnameOf(person) && story.sexOf(other) === sex
	);
}
