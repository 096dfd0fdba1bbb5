import { describedBody } from './titles/named-bodies';
import { isPastVerb } from './happenings';
import { withoutAuxiliaries } from './verb-forms';
import { givenNameSex } from './titles/given-names';

/**
 * "It", "its", "they" and "their" in a label: a reader of the label alone cannot tell what
 * they stand for. A news story names a body or a thing and carries on with pronouns, so the
 * subject of the sentence before, when it is such a body or thing, is what the pronoun most
 * likely stands for; inside a sentence, "the fire, which … since it began" is the fire.
 */

/**
 * Words opening a clause that sets the scene before the subject: "While …, Juanita Castro is",
 * "Born in Missoula, Mont., in 1934, Mr. Linden studied".
 */
export const SCENE =
	/^(?:while|when|after|before|as|although|though|since|once|despite|in|on|at|by|under|amid|born|raised|\p{L}+ed|\p{L}+ing)\b/iu;
/**
 * A time or place that may open a sentence before its pronoun subject: "In 1985 it reopened",
 * "That June it shipped its first bike", "Later that year it raised …", "The next year, on June
 * 2, its lander touched down", "After 14 months in orbit, it dropped …". (Only a time word after
 * "that" or "the next": "That company said it …" opens with its subject.)
 */
export const PRONOUN_SCENE = String.raw`(?:(?:(?:In|On|By|At)\s[^,]{1,30}?,?|(?:After|Before|During|Within|Over|Until)\s[^,]{1,30},|(?:(?:later|earlier)\s+)?(?:that|this|the\s+(?:next|following|same))\s+(?:year|month|week|day|season|spring|summer|fall|autumn|winter|morning|afternoon|evening|night|january|february|march|april|may|june|july|august|september|october|november|december),?)\s+){0,2}`;

/** How many commas of a scene-setting opening are tried before the subject. */
export const SCENE_COMMAS = 3;

/**
 * Heads of noun phrases that name a body or a thing an "it" may stand for: "The company began
 * diverting ships in December. In January, it said …" (a person is never "it", and a plural
 * is "they").
 */
export const THINGS = new Set(
	`company firm group carrier airline bank lender insurer grocer retailer chain maker
	manufacturer producer publisher network studio council county city town state country
	government administration agency department ministry court board committee commission
	inquiry panel party union league team club school university hospital church museum army
	navy bridge plant factory mine port airport mall store project fund charity foundation
	newspaper paper magazine station utility regulator fire blaze wildfire storm hurricane
	typhoon cyclone quake earthquake flood virus outbreak deal merger law ban bill treaty
	contract plan report planet comet asteroid star satellite telescope spacecraft rocket
	probe mission ship vessel plane aircraft drug vaccine dam levee reservoir tunnel highway
	road building tower stadium arena ballpark library theater plan proposal measure ordinance
	budget policy program contract lawsuit case appeal painting portrait sculpture statue
	manuscript train car truck vehicle product device phone app website film movie album novel
	race marathon tournament festival exhibition strike trial volcano river lake glacier
	mountain island reef canal pipeline railway line system network ferry mill clinic hotel
	restaurant bakery brewery shipyard tax levy`.split(/\s+/)
);

/** Whether a noun names a body or a thing an "it" may stand for: "city", "ship", not "captain". */
export function isThing(noun: string): boolean {
	return THINGS.has(noun.toLowerCase());
}

/** A thing and the name it is called by: "The probe, called Lyra, reached orbit". */
// (A catalogue's name may hold a number and a letter: "LHS 1140 b".)
export const CALLED =
	/^(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+,\s+(?:called|named|dubbed|known\s+as)\s+(\p{Lu}[\p{L}\d’'.-]*(?:\s+(?:\p{Lu}[\p{L}\d’'.-]*|\d[\p{L}\d.-]*|\p{Ll}(?=,))){0,3}),\s+(\p{Ll}+)/iu;

/** Adverbs between a subject and its verb. */
const ADVERB = /^(?:last|first|also|later|once|still|never|recently|already|\p{Ll}{3,}ly)$/u;

/** How many words a body's name may run to after "the": "the county roads department". */
const THING_WORDS = 4;

function isPastVerbOrFinite(word: string): boolean {
	return (
		isPastVerb(word) ||
		/^(?:is|are|was|were|has|have|had|will|would|must|could|should|can|may|might|said|says|plans|began|went)$/.test(
			word
		)
	);
}

/** Pronouns, which stand for a name and are none: "It went public …" opens with no body. */
const PRONOUNS = /^(?:It|Its|They|Their|He|She|His|Her|We|I|This|That)$/;

/**
 * A name's apposition that tells a body ("Sunrise Diner, a chain of 60 restaurants, added …"):
 * its head is a word of THINGS.
 */
function bodyApposition(apposition: string): boolean {
	const head =
		/^,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)(?=\s+(?:of|in|at|from|based|that|which)\b|,)/u.exec(
			apposition
		);
	return !!head && THINGS.has(head[1]!.toLowerCase());
}

/**
 * The subject of a clause that opens with a body and its verb ("the county council voted",
 * "The grocer, which was founded in 1952, went public"), without its article; else null.
 */
function thingSubject(clause: string): string | null {
	// "The regional rail operator, Trenitalia Liguria, suspended …": the body's own name.
	const described = describedBody(clause);
	if (described) {
		const rest = clause.trimStart().slice(clause.trimStart().indexOf(described) + described.length);
		const words = rest.replace(/^,\s+(?:(?:which|who)\s[^,]+,\s+)?/, '').split(/\s+/);
		const verb = ADVERB.test(words[0] ?? '') && words[1] ? words[1] : (words[0] ?? '');
		if (isPastVerbOrFinite(verb)) return described;
	}
	// "The probe, called Lyra, reached orbit": the name it was given stands for it.
	// (Its verb may tell what it is now: "The planet, called LHS 1140 b, orbits a red star".)
	const called = CALLED.exec(clause);
	if (called && (isPastVerbOrFinite(called[2]!) || /^\p{Ll}{3,}[^s\s]s$/u.test(called[2]!)))
		return called[1]!;
	// (Its aside goes: "The grocer, which was founded in 1952, went public", "The trial, run by
	// the University of Toronto, followed 9,200 patients".)
	const words = clause
		.replace(/,\s+(?:which|that)\s[^,]+,/, '')
		.replace(/^((?:the|its)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+),\s+[^,]{1,80},/iu, '$1')
		.split(/\s+/);
	if (!/^(?:the|its)$/i.test(words[0] ?? '')) return null;
	for (let j = 1; j <= THING_WORDS && j + 1 < words.length; j++) {
		const head = words[j]!;
		// The subject ends at its verb: "the mayor said the bridge was" has none of these.
		if (!/^[\p{L}’'-]+$/u.test(head) || isPastVerbOrFinite(head)) return null;
		// (An adverb may stand before the verb: "The volcano last erupted in 1991".)
		const verb = ADVERB.test(words[j + 1]!) && words[j + 2] ? words[j + 2]! : words[j + 1]!;
		if (THINGS.has(head.toLowerCase()) && isPastVerbOrFinite(verb))
			return words.slice(1, j + 1).join(' ');
	}
	return null;
}

/** Words that make a capitalised name a body's: "Harvest Foods", "Northern Rail", "Acme Inc.". */
const BODY_NAMES = new Set(
	`inc corp co ltd llc plc group foods markets stores airlines airways air rail railways railroad
	museum library school church cathedral theater theatre orchestra zoo center centre
	power energy electric utilities gas oil petroleum mining steel motors pharma pharmaceuticals
	bank holdings capital partners media labs industries technologies systems networks
	communications telecom appliances mills brewing studios entertainment insurance university
	college council commission agency department ministry court party union association board
	foundation institute hospital club fc clinic clinics trust authority brewery bakery hotel
	airport port united rovers wanderers athletic albion hotspur`.split(/\s+/)
);

/**
 * What a body is or does and a person never: a name that opens a clause with one is an "it"
 * ("was founded", "went public", "filed for bankruptcy", "was spun off", "was listed").
 */
const BODY_DOINGS =
	/^(?:(?:was|were|had\s+been)\s+(?:founded|incorporated|established|spun\s+off|listed|delisted|nationalized|privatized|taken\s+private|chartered)|went\s+(?:public|private|bankrupt)|filed\s+for\s+bankruptcy|(?:opened|closed)\s+its\s+doors)\b/;

/** Honorifics and offices: a name after one is a person's, never an "it". */
const PERSON_WORDS =
	/^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Gov|Sen|Rep|Gen|President|Governor|Senator|Judge|Mayor|Minister)\.?$/;

/**
 * A body named by its own name ("Northern Valley Power said it would cooperate"): a run of
 * capitalised words opening the clause, then its verb, when the sentence itself goes on to
 * call it "it" or "its" and never "he" or "she" first.
 */
function namedBody(
	clause: string,
	possessive = false,
	isPerson?: (name: string) => boolean
): string | null {
	// (A name may hold "of" or "for": "The Museum of Modern Art", "Centers for Disease Control".)
	const m =
		/^((?:\p{Lu}[\p{L}\d’'&.-]*\s+(?:(?:of|for|and|on|de|&)\s+(?=\p{Lu}))?){0,5}\p{Lu}[\p{L}\d’'&.-]*)(,\s+[^,]{1,80},)?\s+(\p{Ll}+)\b/u.exec(
			clause
		);
	if (!m || !isPastVerbOrFinite(m[3]!)) return null;
	const name = m[1]!.replace(/^The\s+(?=\p{Lu})/u, '');
	if (PRONOUNS.test(name) || name.split(/\s+/).some((w) => PERSON_WORDS.test(w))) return null;
	// A body by its apposition: "Sunrise Diner, a chain of 60 restaurants in the Midwest, added
	// a $1 surcharge. It dropped the fee" → "Sunrise Diner dropped fee".
	if (m[2] && bodyApposition(m[2])) return name;
	// A name with a body's word in it is a body, "it" or not: "Harvest Foods was founded in 1952.
	// It bought …" → "Harvest Foods bought …".
	if (name.split(/\s+/).some((w) => BODY_NAMES.has(w.toLowerCase().replace(/[.,]$/, ''))))
		return name;
	// So is a name of what only a body does: "Halvern was founded in 1921 by two brothers. It went
	// public in 1968" → "Halvern went public".
	if (BODY_DOINGS.test(clause.slice(m[0].length - m[3]!.length))) return name;
	// ("Congress cut its budget": an "its" right after the verb may be another's.)
	const pronoun = /\b(it|its|he|she|his|her)\b/i.exec(
		clause.slice(m[0].length - m[3]!.length).replace(/^\p{Ll}+\s+its\b/u, '')
	);
	if (pronoun) return /^its?$/i.test(pronoun[1]!) ? name : null;
	// "Its" is no person's: a lone name opening the sentence before is the body it stands for
	// ("Halvorsen had recalled 60,000 of the same trucks. Its shares fell" → "Halvorsen’s").
	// (Not when that sentence has an "its" of its own: "Congress cut its budget. Its camera
	// failed" leaves "its" to the thing whose budget it was.)
	// So is an "It" that acts, when the story never tells that name as a person's (`isPerson`:
	// a name it gives a first name or an office): "Corvane bought the snack maker Hilltop Crisps in
	// 2023. It wrote down the value of Hilltop" → "Corvane wrote down …" (a person is never "it").
	const body =
		possessive ||
		(!!isPerson &&
			!isPerson(name) &&
			!PERSON_DOINGS.test(clause.slice(m[0].length - m[3]!.length)));
	return body && !name.includes(' ') && !/\bits\b/i.test(clause) ? name : null;
}

/** What a person does and a body never: "Halvern was born in 1921" is someone. */
const PERSON_DOINGS =
	/^(?:was\s+born|died|married|retired|grew\s+up|said|told|testified|pleaded|resigned)\b/;

/** Heads of plural subjects a "they" may stand for: "Shares of Altera Micro fell. They had …". */
const PLURAL_SUBJECT =
	/^((?:the\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){0,2}?\p{L}\p{Ll}{2,}[^s\s’']s(?:\s+of\s+(?:\p{Lu}[\p{L}’'&.-]*\s+){0,3}\p{Lu}[\p{L}’'&.-]*)?)\s+(\p{Ll}+)\b/u;

/** The plural subject opening a clause, without its article: "Shares of Altera Micro". */
function pluralSubject(clause: string): string | null {
	const m = PLURAL_SUBJECT.exec(clause);
	if (!m || !isPastVerbOrFinite(m[2]!)) return null;
	return m[1]!.replace(/^(?:the|its|their)\s+/i, '');
}

/** What a clause opens with that a pronoun may stand for, if anything. */
function subjectFor(
	clause: string,
	plural: boolean,
	possessive = false,
	isPerson?: (name: string) => boolean
): string | null {
	if (!plural) return thingSubject(clause) ?? namedBody(clause, possessive, isPerson);
	// A group of people is "they" too: "The team, led by Hiroko Tanaka, spotted the galaxy in
	// March. They confirmed its distance in July" → "Team confirmed its distance".
	const group = pluralSubject(clause) ? null : (thingSubject(clause) ?? collectiveSubject(clause));
	// …and so is a team or a body by its name, as sport and British usage have it: "Hallam United
	// rose from the fourth division. They won the FA Cup in 1988" → "Hallam United won FA Cup".
	const body = namedBody(clause, possessive, isPerson);
	return (
		pluralSubject(clause) ??
		(group && COLLECTIVES.has(group.split(' ').at(-1)!) ? group : null) ??
		(body && body.split(/\s+/).some((w) => BODY_NAMES.has(w.toLowerCase())) ? body : null)
	);
}

/**
 * The one bare plural that is a clause's subject inside a sentence, after its main clause: "The
 * attack began late on Feb. 2, when hackers used a stolen password …. By the next morning they
 * had locked the records system" → "hackers".
 */
const INNER_PLURAL =
	/(?:,\s+|\b)(?:when|as|after|because|while|and|until|before)\s+((?:[\p{Ll}-]+\s+)?\p{Ll}{2,}[^s\s’']s)\s+(\p{Ll}+)\b/gu;

function innerPluralSubject(sentence: string): string | null {
	const found = new Set<string>();
	for (const m of sentence.matchAll(INNER_PLURAL))
		if (isPastVerbOrFinite(m[2]!) && !/^(?:the|its|their|his|her|this|these|those)\s/.test(m[1]!))
			found.add(m[1]!);
	return found.size === 1 ? [...found][0]! : null;
}

/**
 * A "them" a verb takes that the sentence before gave the same verb an object for: "Northgate
 * Clinic stopped accepting new patients in March. It resumed accepting them in June" → "…
 * resumed accepting new patients".
 */
function sameVerbObject(title: string, previous: string | undefined): string {
	const m = /\b(\p{Ll}{3,})\s+them\b/u.exec(title);
	if (!m || !previous) return title;
	const verb = m[1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const object = new RegExp(
		`\\b${verb}\\s+(?:the\\s+|its\\s+|their\\s+)?((?:[\\p{Ll}-]+\\s+){0,2}?[\\p{Ll}-]{2,}[^s\\s’']s)\\b`,
		'u'
	).exec(previous);
	if (!object) return title;
	return `${title.slice(0, m.index)}${m[1]} ${object[1]}${title.slice(m.index + m[0].length)}`;
}

/** Nouns of THINGS that name a group of people, which a "they" may stand for. */
const COLLECTIVES = new Set(
	'team group panel committee band quartet trio duo quintet couple family crew squad orchestra choir jury'.split(
		' '
	)
);

/** A group of people opening a clause: "The Minneapolis quartet formed in 1994" → "Minneapolis quartet". */
function collectiveSubject(clause: string): string | null {
	const words = clause.trimStart().split(/\s+/);
	if (!/^(?:the|its|their)$/i.test(words[0] ?? '')) return null;
	for (let j = 1; j <= 3 && j + 1 < words.length; j++) {
		const verb = ADVERB.test(words[j + 1]!) && words[j + 2] ? words[j + 2]! : words[j + 1]!;
		if (COLLECTIVES.has(words[j]!) && isPastVerbOrFinite(verb))
			return words.slice(1, j + 1).join(' ');
	}
	return null;
}

/** The subject of a sentence after its scene-setting opening phrase, if one fits. */
function sentenceSubject(
	sentence: string,
	plural: boolean,
	possessive = false,
	isPerson?: (name: string) => boolean
): string | null {
	let text = sentence.trimStart().replace(/^(?:but|and|yet|so)\s+/i, '');
	for (let k = 0; k <= SCENE_COMMAS; k++) {
		const subject = subjectFor(text, plural, possessive, isPerson);
		if (subject) return subject;
		if (!SCENE.test(text)) return null;
		const comma = text.indexOf(', ');
		if (comma < 0) return null;
		text = text.slice(comma + 2);
	}
	return null;
}

/**
 * The noun a relative clause hangs on, when the pronoun sits inside it: "the Pine Hollow fire,
 * which has burned 41,000 acres since it began" → "Pine Hollow fire".
 */
function relativeAntecedent(sentence: string, title: string): string | null {
	const next = title.split(/\s+/)[1];
	if (!next) return null;
	const at = sentence.search(new RegExp(`\\bit\\s+(?:\\p{Ll}+\\s+){0,2}?${escape(next)}\\b`, 'u'));
	if (at <= 0) return null;
	const before = sentence.slice(0, at);
	const which = before.lastIndexOf(', which ');
	if (which < 0) return null;
	const words = before.slice(0, which).split(/\s+/);
	for (let k = words.length - 1; k >= Math.max(0, words.length - 5); k--) {
		if (/^(?:the|a|an|its|their)$/i.test(words[k]!))
			return k < words.length - 1 ? words.slice(k + 1).join(' ') : null;
	}
	return null;
}

/** A pronoun opening a second clause: "…, and its roof fell in". */
export const SECOND_CLAUSE = /(?:,\s+(?:and|but)|;)\s+its?\s/i;

function escape(word: string): string {
	return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const NUMBERS = String.raw`two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+`;
/** A number of "them": "Two of them were swept away when a bridge gave way". */
const PARTITIVE = new RegExp(String.raw`^((?:one|${NUMBERS}))\s+of\s+(?:them|those)\b`, 'i');
/**
 * A set the sentence before told by "them" and its kind: "Three of them were tank cars. One of
 * them began leaking" → "One tank car began leaking".
 */
const SET_OF = new RegExp(
	String.raw`\b(?:${NUMBERS}|some|most|many|several)\s+of\s+(?:them|those)\s+(?:were|are)\s+((?:[a-z-]+\s+){0,2}?[a-z]{2,}[^s\s]s)\b`,
	'i'
);

/** Plural nouns one of which is said otherwise: "people" → "person". */
const SINGULARS: Record<string, string> = {
	people: 'person',
	children: 'child',
	men: 'man',
	women: 'woman'
};
function singular(noun: string): string {
	const words = noun.split(' ');
	const last = words.pop()!;
	return [...words, SINGULARS[last] ?? last.replace(/s$/, '')].join(' ');
}
/**
 * What the sentence before counted, which "them" stands for: "At least nine people died in the
 * floods. Two of them were swept away …" → "Two people were swept away".
 */
const COUNTED = new RegExp(
	String.raw`\b(?:\d[\d,]*|${NUMBERS}|dozens|hundreds|thousands|several|many)\s+(?:[a-z-]+\s+)?(people|children|men|women|[a-z]{3,}[^s\s]s)\b`,
	'i'
);

/**
 * Verbs after "it" that tell an act, so that "it" is someone's ("It said", "It reopened", "It
 * went public", "It was sold to Oracle"), or a measure it stood at ("It was at 38 percent of
 * capacity").
 */
const ACTS =
	/^It\s+(?:said|says|announced|reported|bought|sold|agreed|will|would|plans|has|had|began|\p{Ll}+ed|(?:was|were)\s+\p{Ll}+(?:ed|en|wn|ne|lt|ft|pt|ught|old|ld)|(?:was|stood)\s+at\s+(?=[\d$]))\b/u;
function acts(title: string): boolean {
	// (An adverb may stand before the verb: "It last won the league in 1961".)
	const bare = title.replace(
		/^It\s+(?:last|first|also|later|once|still|never|recently|already|again)\s+/,
		'It '
	);
	return ACTS.test(bare) || PLANS.test(bare) || isPastVerb(bare.split(' ')[1] ?? '');
}
/** A body's plan told in the present: "It expects the deal to close", "It is scheduled to launch". */
const PLANS = /^It\s+(?:expects|intends|hopes|aims|is\s+(?:scheduled|expected|set|due|planning))\b/;
const NOT_ACTS = /^It\s+(?:seemed|appeared|happened|rained|snowed|had\s+been|has\s+been)\b/;

/** An "it" after a verb of moving: "Gusts pushed it across the river". */
const MOVED_IT =
	/^(\S.*?\s\p{Ll}+ed)\s+it(?=\s+(?:across|into|onto|toward|towards|through|over|past|out\s+of|back)\b)/u;

/**
 * An "it" after a verb, as its object: "Residents sued to block it", "State engineers rated it
 * in poor condition" (not the subject of what follows: "said it would").
 */
export const OBJECT_IT =
	/^(\S.*?\s\p{Ll}+)\s+it(?=$|\s+(?:in|on|at|to|for|with|as|after|before|into|from|by|and|but|over|under|back)\b)/u;

/** A passive's subject: "The dam, built in 1958, was last inspected in 2022". */
const PASSIVE_SUBJECT =
	/^(?:the|its)\s[^,]*?\s(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\p{Ll}+ly\s+|last\s+|first\s+|later\s+)?\p{Ll}+(?:ed|en|wn|lt|ft|pt|ught|ld)\b/iu;

/**
 * A thing an active verb acts on: "The council approved the plan in May" → "plan"; "Agents from
 * the FBI's art crime team seized the painting on June 9" → "painting".
 */
const ACTIVE_OBJECT =
	/^(?:the|its|\p{Lu}\p{Ll}+)\s[^,]*?\s(\p{Ll}+)\s+(?:the|its|their)\s+((?:[\p{L}-]+\s+){0,2}?([\p{L}-]+))\b/iu;

/**
 * What an object "it" stands for in the sentence before: a passive's subject ("The plan was
 * announced in May. The council approved it" → "plan"), else the thing an active verb acted on
 * ("The council approved the plan in May. Residents sued to block it" → "plan"); a body or a
 * thing of THINGS only, else null.
 */
export function objectThing(previous: string): string | null {
	const text = previous.trimStart().replace(/^((?:the|its)\s[^,]{1,40}),\s+[^,]{1,80},/i, '$1');
	if (PASSIVE_SUBJECT.test(text)) return thingSubject(text);
	const m = ACTIVE_OBJECT.exec(text);
	return m && isPastVerb(m[1]!) && THINGS.has(m[3]!.toLowerCase()) ? m[2]! : null;
}

/**
 * What an object "it" of a second clause stands for in the clause before it, in its own
 * sentence: "The council approved the plan in May, and the mayor signed it in June" → "plan".
 * (`label` is the title up to the "it": "Mayor signed".)
 */
function firstClauseObject(own: string | undefined, label: string): string | null {
	const verb = /(\p{Ll}+)$/u.exec(label)?.[1];
	if (!own || !verb) return null;
	const at = own.search(new RegExp(`\\b${escape(verb)}\\s+it\\b`));
	if (at <= 0) return null;
	const before = own.slice(0, at);
	const and = [...before.matchAll(/,?\s+(?:and|but)\s+/g)].at(-1);
	return and ? objectThing(before.slice(0, and.index)) : null;
}

/**
 * "that number" names what the sentence before counted by the same figure: "The chain had 912
 * stores at its peak in 2015. It cut that number from 912 to 104" → "cut number of stores from
 * 912 to 104" (a figure alone is no title's object).
 */
export function nameNumber(title: string, previous: string | undefined): string {
	const m = /\bthat\s+(number|figure|total)\b/.exec(title);
	if (!m || !previous) return title;
	for (const [, figure, kind] of previous.matchAll(
		/\b(\d[\d,]*)\s+((?:[\p{Ll}-]+\s+)?\p{Ll}{3,}s)\b/gu
	)) {
		if (new RegExp(`\\b${figure!.replace(/,/g, ',?')}\\b`).test(title))
			return `${title.slice(0, m.index)}${m[1]} of ${kind}${title.slice(m.index + m[0].length)}`;
	}
	return title;
}

/**
 * "It", "Its", "They" or "Their" opening a title, or an "it" a verb of moving carries, named
 * by what it stands for: "Its shares fell 9 percent" after "Northern Valley Power said it
 * would cooperate" → "Northern Valley Power’s shares fell 9 percent"; "They had lost nearly
 * half their value" after "Shares of Altera Micro fell 12 percent" → "Shares of Altera Micro
 * lost nearly half their value". Nothing fits: the title stays as it is.
 */
export function nameThing(
	title: string,
	previous: string | undefined,
	own?: string,
	isPerson?: (name: string) => boolean
): string {
	const part = PARTITIVE.exec(title);
	if (part) {
		const set = previous ? SET_OF.exec(previous)?.[1] : undefined;
		const whole = set ?? (previous ? COUNTED.exec(previous)?.[1] : undefined);
		if (!whole) return title;
		const noun = /^one$/i.test(part[1]!) ? singular(whole.toLowerCase()) : whole.toLowerCase();
		// ("One of them" with only a count before it reads "One of …": "one people" is no noun.)
		return `${part[1]} ${noun}${title.slice(part[0].length)}`;
	}
	title = sameVerbObject(title, previous);
	const moved = MOVED_IT.exec(title);
	if (moved) {
		const subject = previous && sentenceSubject(previous, false);
		return subject ? `${moved[1]} ${subject}${title.slice(moved[0].length)}` : title;
	}
	const object = OBJECT_IT.exec(title);
	if (object && !/^It\s/.test(title)) {
		const thing = firstClauseObject(own, object[1]!) ?? (previous ? objectThing(previous) : null);
		if (thing) title = `${object[1]} ${thing}${title.slice(object[0].length)}`;
		// (A "They" opening it is named as any: "The Smiths bought the house in 1998. They sold it"
		// → "Smiths sold house".)
		else if (!/^They\s/.test(title)) return title;
	}
	const m = /^(It|Its|They|Their)\s/.exec(title);
	if (!m) return title;
	const word = m[1]!;
	const plural = word === 'They' || word === 'Their';
	const possessive = word === 'Its' || word === 'Their';
	if (word === 'It' && (!acts(title) || NOT_ACTS.test(title))) return title;
	// A pronoun opening a second clause of its own sentence stands for something that sentence
	// named ("… that the elementary school was burning, and its roof fell in"), never for the
	// sentence before's subject: the label leaves it as it is.
	// (Unless the sentence opens with a body's plural, which "it" is not: "Bramble's sales had
	// fallen every year, and it lost $212 million last year" → "Bramble lost $212 million".)
	if (!plural && own && SECOND_CLAUSE.test(own)) {
		const owner = POSSESSOR.exec(own.trimStart())?.[1];
		if (owner && !possessive) return putThing(title, owner);
		const first = firstClauseThing(own, isPerson);
		return first ? putThing(title, first) : title;
	}
	const subject =
		(word === 'It' && own ? relativeAntecedent(own, title) : null) ??
		(previous ? sentenceSubject(previous, plural, word === 'Its', isPerson) : null) ??
		(word === 'They' && previous ? innerPluralSubject(previous) : null);
	if (!subject) return title;
	return putThing(title, subject);
}

/**
 * The body or thing the clause before a second clause's "it" or "its" is about: the subject of
 * the clause right before ", and its …", or, when that clause's subject is itself an "it", the
 * sentence's ("Northfield Bank said on Tuesday that it had agreed to buy Cedar Trust, and its
 * shares rose" → "Northfield Bank"; "… that the elementary school was burning, and its roof fell
 * in" → "elementary school"). A person's clause, or none found: null.
 */
function firstClauseThing(own: string, isPerson?: (name: string) => boolean): string | null {
	const text = own.trimStart();
	const first = text.slice(0, text.search(SECOND_CLAUSE));
	const said = first.split(/\s+that\s+/);
	const inner = said.at(-1)!;
	// (The speaker is told without its aside: "Marlow Seafood, a rival, said on Wednesday that its
	// profit fell …, and it expects …" → "Marlow Seafood".)
	const speaker = said.length > 1 ? said[0]!.replace(SPEAKER_ASIDE, '$1 ') : null;
	if (/^(?:it|its)\s/i.test(inner))
		return speaker ? thingOrBody(`${speaker} that ${inner}`, isPerson) : null;
	// What was said has a plural subject, which no "it" stands for: the "it" is the speaker, a
	// body by its name when the story tells no person of that name ("Brightwell said that
	// like-for-like sales fell 5%, and it expects …" → "Brightwell").
	if (speaker && PLURAL_SAID.test(inner)) {
		const name = SAYING_NAME.exec(speaker)?.[1];
		const person =
			!isPerson ||
			!name ||
			name.split(' ').some((w) => isPerson(w)) ||
			givenNameSex(name) !== null ||
			PERSON_WORDS.test(name.split(' ')[0]!);
		return thingOrBody(said[0]!, isPerson) ?? (name && !person ? name : null);
	}
	return thingOrBody(inner, isPerson);
}

/** A name saying something: "Brightwell said on Wednesday". */
const SAYING_NAME =
	/^(?:The\s+)?((?:\p{Lu}[\p{L}\d’'&.-]*\s+){0,4}\p{Lu}[\p{L}\d’'&.-]*)\s+(?:said|says|announced|reported)\b/u;

/** A name's aside of what it is, before its verb: "Marlow Seafood, a rival, said". */
const SPEAKER_ASIDE =
	/^((?:\p{Lu}[\p{L}&.’'-]*\s+){0,4}\p{Lu}[\p{L}&.’'-]*),\s+(?:a|an|the)\s+[^,]{1,60},\s+(?=\p{Ll})/u;

/** A clause opening with a plural noun phrase and its verb: "like-for-like sales fell". */
const PLURAL_SAID =
	/^(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}\p{Ll}{2,}[^s\s’']s\s+(?:fell|rose|grew|dropped|were|had|have|are|slipped|jumped|climbed|declined|increased|decreased)\b/u;

function thingOrBody(clause: string, isPerson?: (name: string) => boolean): string | null {
	return sentenceSubject(clause, false, false, isPerson);
}

/** The body a sentence's plural subject belongs to: "Bramble's sales had fallen …". */
const POSSESSOR =
	/^(?:the\s+)?((?:\p{Lu}[\p{L}&.-]*\s+){0,3}\p{Lu}[\p{L}&.-]*|company|firm|chain|city|county|state)['’]s\s+(?:[\p{Ll}-]+\s+)?\p{Ll}{2,}[^s\s]s\s+(?:had|have|were|are|\p{Ll}+ed)\b/u;

/**
 * The label with its opening "It", "Its", "They" or "Their" replaced by `subject`: "Its shares
 * fell" with "Bramble" → "Bramble’s shares fell".
 */
export function putThing(title: string, subject: string): string {
	const m = /^(It|Its|They|Their)\s/.exec(title);
	if (!m) return title;
	const possessive = m[1] === 'Its' || m[1] === 'Their';
	// (Never two owners stacked: "The union's contract expired in June. Its members voted to
	// strike" was "Union's contract’s members voted"; whose members they are, the union's or the
	// contract's, is for the reader, so "Its" stays.)
	if (possessive && /['’]s\s/.test(subject)) return title;
	const named = `${subject.charAt(0).toUpperCase()}${subject.slice(1)}${possessive ? possessiveEnding(subject) : ''} ${title.slice(m[0].length)}`;
	return withoutAuxiliaries(named);
}

/**
 * The one body or thing of THINGS a sentence about a person names with "the" or "its": "His
 * son, Peter, took over in 1982 and built the chain into a national brand. It went public in
 * 1994" → "chain". Two such, or none: null.
 */
export function thingNamedIn(sentence: string): string | null {
	const found = new Set<string>();
	// (A thing it brings in by "a" is as much in view: "She returned to Kansas and opened a clinic.
	// It treated farmworkers for free" → "Clinic treated …".)
	for (const m of sentence.matchAll(
		/\b(?:the|its|a|an)\s+((?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+))\b/gu
	)) {
		if (THINGS.has(m[2]!)) found.add(m[1]!);
	}
	return found.size === 1 ? [...found][0]! : null;
}

/**
 * Verbs of a measure going up or down, whose "they" is a measure ("Egg prices fell in October.
 * A dozen eggs cost $3.12. They peaked at $6.23 in March" → "Egg prices peaked"), never the
 * things measured.
 */
const MEASURE_VERB =
	/^They\s+(?:had\s+)?(?:rose|risen|fell|fallen|peaked|climbed|jumped|soared|surged|dropped|slid|slipped|doubled|tripled|tumbled|plunged|sank|hit|reached|averaged|topped|bottomed)\b/;
/** Heads of a measure's name. */
const MEASURES = new Set(
	`prices rates sales shares stocks costs profits earnings revenues wages rents fares yields
	premiums exports imports numbers figures bills payments deaths cases infections`.split(/\s+/)
);

/**
 * A measure's "they" named by the nearest of `earlier` sentences whose plural subject is a
 * measure; null for any other label, or when none is.
 */
export function nameMeasure(title: string, earlier: string[]): string | null {
	if (!MEASURE_VERB.test(title)) return null;
	for (const sentence of earlier.slice(0, 3)) {
		const subject = sentenceSubject(sentence, true);
		if (subject && MEASURES.has(subject.split(/\s+/).pop()!.toLowerCase()))
			return putThing(title, subject);
	}
	return null;
}

/** A sentence opening with "it" or "its", after a scene if any: "In 1985 it reopened". */
const IT_OPENS = new RegExp(String.raw`^\s*${PRONOUN_SCENE}(?:it|its)\s`, 'iu');

/** Verbs whose "it" opens what was said or thought, no object: "said it would", "hoped it". */
const NOT_OBJECT_IT =
	/^(?:said|says|that|announced|reported|added|warned|expected|hoped|believed|thought|feared|knew|because|when|while|after|before|until|since|and|but|whether|where)$/;

/** Whether a sentence's verb acts on an "it": "The city bought it in 1979", "A strike closed it". */
export function actsOnIt(sentence: string): boolean {
	for (const m of sentence.matchAll(
		/\b(\p{Ll}{3,})\s+it\b(?!\s+(?:would|will|had|has|was|were|is|could|should|might|may|can|did|\p{Ll}+ed)\b)/gu
	))
		if (!NOT_OBJECT_IT.test(m[1]!)) return true;
	return false;
}

/**
 * The thing a retold history goes on about by "it": back over sentences that call it "it" or
 * "its" ("It employed 2,000 weavers", "A strike closed it", "The city bought it") to the one
 * that names it as its subject ("The Calloway Mill opened in 1888"). A sentence that names no
 * "it" and no thing ends the search: null.
 */
export function topicThing(sentences: string[], reach = 6): string | null {
	for (const sentence of sentences.slice(0, reach)) {
		const text = sentence.trimStart();
		if (IT_OPENS.test(text)) continue;
		const found = sentenceSubject(text, false);
		// (A lone plural is people, never "it": "Engineers shut down the tower".)
		const subject = found && /^\p{Lu}\p{Ll}+[^s\W]s$/u.test(found) ? null : found;
		// (…or as what it acted on: "Mayor Joan Ellis proposed the tax in March. Her deputy opposed
		// it. The council passed it in June" → "tax".)
		if (!/\b(?:it|its)\b/i.test(text)) return subject ?? objectThing(text);
		// ("Northern Valley Power said it would cooperate": its "it" is its subject.)
		if (subject && !actsOnIt(text)) return subject;
		if (!actsOnIt(text)) return null;
	}
	return null;
}

/** A name ending in s takes the apostrophe alone, as news style has it: "Lanterns’ second album". */
export const possessiveEnding = (name: string) => (/s$/.test(name) ? '’' : '’s');
