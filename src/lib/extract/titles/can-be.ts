/**
 * What a pronoun may be named by, asked by every rule that names one (subjects.ts, things.ts by
 * way of it, antecedents.ts, inner-pronouns.ts): a wrong name on a timeline is worse for a reader
 * than the pronoun, so a rule's candidate must be shown to be what the pronoun can stand for,
 * not only fail to disagree with it.
 *
 * - "he", "she" (and "him", "her", "his", "hers") name only someone the text shows is a person:
 *   an office or a person's role beside the name ("Dr. Lee", "the mayor, Ann Lee", "jockey Ann
 *   Lee", "Ann Lee, 61, a nurse"), an age or a "who" after it, a verb only people do with the
 *   name its subject ("Ann Lee testified"), a first name only people bear, a "he" or "she" the
 *   text gives the name in a sentence other than the pronoun's own, or a surname whose full name
 *   is one of these. A place (after "in" or "at", "Keeneland Downs", "Elm Street"), a body
 *   ("Hale Bakery", "the Orpheum", a name the text calls "it" or "which") or a thing never is,
 *   whatever else the text says of it; and someone of the other sex never is. A sentence that
 *   holds a pronoun of the other sex besides ("She fired him") names by this pronoun only someone
 *   the text tells is of its own: the one of unknown sex may be the "him".
 * - "it" and "its" name only what is no person; "they", "their" and "them" only what is no lone
 *   person and no place (a body may be "they", as British usage has it).
 *
 * Where no candidate passes, the rule keeps its pronoun.
 */

import { ageLineSex } from './age-line';
import { givenNameSex, hasGivenName } from './given-names';
import { PREPOSITIONS } from './words';

/** Nouns of a person's role or kin, which make the name beside them someone's. */
const PERSON_NOUNS = new Set(
	`accountant activist actor actress adviser advisor aide ambassador bartender barrister analyst architect artist astronaut
	athlete attorney author baker banker bishop bookkeeper boss boxer brother captain carpenter
	cashier cellist ceo chairman child choreographer columnist comedian critic chairwoman champion chef chemist chief coach colonel commissioner
	composer congressman congresswoman councillor councilman councilwoman councilor cousin cyclist
	dancer daughter dean defendant defender drummer dentist deputy designer detective developer diplomat director
	doctor driver economist editor engineer entrepreneur executive farmer father fighter
	filmmaker firefighter forward founder friend general graduate girl goalkeeper golfer governor grandfather grandmother
	grandson granddaughter guard guitarist gunman heiress historian husband inspector inventor janitor
	jockey journalist judge juror lawmaker lawyer leader lieutenant manager mayor mechanic
	lecturer midfielder minister monk mother musician nephew niece novelist nun nurse officer owner painter partner
	pastor photographer philanthropist physician physicist pianist pilot pitcher playwright player poet politician pupil
	president priest principal professor prosecutor publisher quarterback rabbi racer rapper
	rancher reporter representative researcher resident rider rookie rower runner sailor scholar scientist screenwriter sculptor
	secretary senator sergeant sheriff singer sister skier soldier solicitor son songwriter speaker spokesman
	spokeswoman sprinter striker student suspect surgeon swimmer teacher teenager tenant trainer treasurer
	uncle veteran victim violinist volunteer waiter waitress widow widower wife winger witness woman man boy
	worker writer`.split(/\s+/)
);

/** A noun of a person's role: one of `PERSON_NOUNS`, or a doer of a science or an art. */
const isPersonNoun = (noun: string) =>
	PERSON_NOUNS.has(noun.toLowerCase()) || /^\p{Ll}{3,}(?:ist|ian|man|woman)$/u.test(noun);

/** Words after a noun's head that tell more of it: "novelist | from Lagos", "woman | on the stage". */
const AFTER_HEAD =
	/^(?:from|of|on|at|in|for|with|by|who|whose|whom|which|that|and|or|since|known|best|behind)$/;

/**
 * Whether a noun phrase's words ("the Lagos-born novelist", "woman on the stage") tell a person:
 * its head, the last word before what tells more of it, or an age.
 */
function personHead(phrase: string): boolean {
	const words = phrase.split(/\s+/);
	const end = words.findIndex((w, i) => i > 0 && AFTER_HEAD.test(w));
	const head = words[(end < 0 ? words.length : end) - 1]!.replace(/[,.;:]$/, '');
	return isPersonNoun(head) || /\b\d+-year-old\b/.test(phrase);
}

/** Offices and courtesy titles written before a name: "Dr. Lee", "Mayor Ann Lee". */
const OFFICE =
	'(?:Mr|Mrs|Ms|Miss|Dr|Dean|Prof|Professor|Rev|Sen|Senator|Rep|Gov|Governor|Gen|General|Judge|Justice|Mayor|Coach|President|Sheriff|Officer|Detective|Sgt|Sergeant|Capt|Captain|Lt|Chief|Sister|Father|Sir|Dame|Lady|Lord|Pope|Rabbi|Imam)\\.?';

/** Verbs only people do, their subject a person: "Ann Lee testified", "… was born". */
const PEOPLE_VERBS =
	'(?:said|says|told|remembered|founded|co-founded|married|wed|divorced|died|was born|resigned|retired|testified|pleaded|apologized|apologised|confessed|graduated|studied|wrote|sang|smiled|laughed|wept|cried|shrugged|nodded|adds|added|explained|insisted|admitted|was elected|was sworn|was arrested|was convicted|was sentenced|was hospitalized|was injured|was killed|was buried)';

/** Verbs of saying: a body says things too, so they tell a person only by a full name. */
const SAYING = /^(?:said|says|told|added|adds|explained|insisted|admitted|wrote)$/;

/** Last words of a place's name: "Keeneland Downs", "Elm Street", "Lake Tahoe". */
const PLACE_WORDS =
	/^(?:downs|street|st|avenue|ave|road|rd|boulevard|blvd|lane|drive|way|square|plaza|park|field|fields|stadium|arena|speedway|raceway|track|course|circuit|racecourse|hall|bridge|river|lake|creek|mountain|mount|mt|valley|canyon|beach|island|islands|harbor|harbour|bay|port|airport|station|county|city|town|village|township|district|province|state|heights|hills|falls|springs|forest|desert|coast|gulf|sea|ocean)$/i;

/** Words of a body's or a thing's name: "Hale Bakery", "Orpheum Theater", "Acme Inc.". */
const BODY_WORDS =
	/^(?:inc|corp|corporation|co|company|ltd|llc|plc|group|holdings|partners|ventures|capital|labs|laboratories|systems|technologies|industries|foods|motors|airlines|airways|bank|fund|trust|foundation|institute|university|college|academy|school|high|elementary|council|board|committee|commission|department|agency|ministry|office|court|party|union|league|association|society|club|team|fc|united|church|cathedral|museum|library|gallery|theater|theatre|cinema|hospital|clinic|hotel|restaurant|cafe|bakery|brewery|brewing|dairy|farm|farms|mill|mills|works|factory|plant|press|times|news|post|gazette|herald|tribune|journal|chronicle|courier|studios|records|network|media|stores|market|markets|freight|logistics|energy|power|pharma|pharmaceuticals|festival|cycling|racing|cup|championship|derby|stakes|prix|classic|open|series|award|prize)$/i;

/** Words before a name that make it a place: "in Portland", "at Keeneland". */
const PLACE_BEFORE =
	/(?:\b(?:in|at|near|outside|inside|across|throughout|around|into|across)|\b(?:moved|returned|flew|traveled|travelled|drove|relocated|moving|returning)\s+(?:back\s+)?to)\s+$/;

/** What a body's name is followed by: ", which", "’s shares", "said it would". */
const BODY_AFTER =
	/^(?:,\s+which\b|['’]s\s+(?:shares|stock|board|headquarters|employees|workers|staff|plant|plants|factory|stores|profits|revenue|sales|chief\s+executive|executives|customers|members|budget)\b|\s+(?:\p{Ll}+\s+){0,2}?(?:said|says|announced|reported)\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?(?:that\s+)?(?:it|its)\b|\s+(?:\p{Ll}+ly\s+)?\p{Ll}{3,}(?:ed|s)\s+its\b)/u;

/** What may follow a noun phrase's head: punctuation, the end, or a word that is no noun. */
const HEAD_ENDS = new RegExp(
	`^(?:$|[,.;:!?)”"’—–]|\\s+(?:${PREPOSITIONS}|and|or|but|nor|which|who|that|was|is|were|are|had|has|have|will|would|could|can|did|\\p{Ll}+ed)\\b)`,
	'u'
);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each place `name` stands in `text`, whole (no longer name around it). */
function* mentions(text: string, name: string): Generator<{ before: string; after: string }> {
	const re = new RegExp(
		`(?<![\\p{L}’'.-])${escape(name)}(?![\\p{L}\\d-]|\\s+\\p{Lu}\\p{Ll})`,
		'gu'
	);
	for (const m of text.matchAll(re))
		yield {
			before: text.slice(Math.max(0, m.index - 60), m.index),
			after: text.slice(m.index + name.length, m.index + name.length + 80)
		};
}

/** What the text shows a candidate to be. */
export type Kind = 'person' | 'group' | 'place' | 'body' | 'unknown';

/** What a candidate as a title writes it ("Tom Bell’s", "filly Silver Comet") names. */
function bare(candidate: string): string {
	return candidate
		.trim()
		.replace(/(?:['’]s|['’])$/, '')
		.replace(/^(?:the|a|an)\s+/i, '');
}

/**
 * What `text` shows `candidate` to be: a person, a place, a body or thing, or unknown.
 * `strict` leaves out the weakest sign of a person, a saying (a body says things too).
 */
export function kindOf(candidate: string, text: string, strict = false, told: string = text): Kind {
	const name = bare(candidate);
	const words = name.split(/\s+/);
	if (words.some((w) => BODY_WORDS.test(w.replace(/\.$/, '')))) return 'body';
	// A role before a name tells what it names: "coach Dan Pike", "filly Silver Comet",
	// "Fisheries Minister Joanne Thibodeau"; a noun alone, what it is: "the trainer", "drivers".
	const lead = words.findIndex((w) => /^\p{Lu}/u.test(w));
	const role = words.findLastIndex(
		(w, i) => i < words.length - 1 && PERSON_NOUNS.has(w.toLowerCase())
	);
	if (lead < 0 || role >= 0 || lead > 0) {
		const head = (lead < 0 ? words.at(-1)! : words[Math.max(role, lead - 1)]!).toLowerCase();
		if (PERSON_NOUNS.has(head)) return 'person';
		if (lead < 0)
			return /[^s’']s$/.test(head) || /^(?:people|police|staff|crew)$/.test(head)
				? 'group'
				: 'unknown';
		return 'body';
	}
	// (Not a surname after a first name: "Susan Park", "Tom Hall".)
	if (words.length > 1 && PLACE_WORDS.test(words.at(-1)!.replace(/\.$/, '')) && !hasGivenName(name))
		return 'place';
	let person = false;
	let the = false;
	for (const { before, after } of mentions(text, name)) {
		if (PLACE_BEFORE.test(before) && !/^['’]s\b/.test(after)) return 'place';
		// "the Orpheum reopened" names a body; "the Maron archive", "the Maron family" use a
		// person's name as a modifier, and person evidence outweighs it either way.
		if (/(?:^|[^\p{L}])(?:the|The)\s+$/u.test(before) && HEAD_ENDS.test(after)) the = true;
		if (BODY_AFTER.test(after)) return 'body';
		if (personBeside(before, after, words.length, strict)) person = true;
	}
	// (A first name the table holds tells a person, and so does a courtesy title the text gives
	// the surname anywhere, "Ms. Lee": only after every sign of a place or a body above.)
	// (…and so does an age line after the sentence a full name opens: "Siân Pritchard, the harpist
	// …, died on Tuesday. She was 81.")
	if (
		person ||
		hasGivenName(name) ||
		courtesied(words, text) ||
		(words.length > 1 && ageLineSex(name, text))
	)
		return 'person';
	if (the) return 'body';
	// A surname alone is the person whose full name ends with it.
	if (words.length === 1)
		for (const m of text.matchAll(
			new RegExp(`\\b(?:\\p{Lu}[\\p{L}’'-]*\\p{Ll}\\s+){1,2}${escape(name)}(?![\\p{L}’'-])`, 'gu')
		))
			if (bare(m[0]) !== name && kindOf(m[0], text, strict, told) === 'person') return 'person';
	if (words.length === 1 && new RegExp(`\\b${OFFICE}\\s+${escape(name)}\\b`, 'u').test(text))
		return 'person';
	return chained(name, told) ? 'person' : 'unknown';
}

/** Whether the text calls a first and last name's surname "Mr.", "Ms." or "Dr." anywhere. */
function courtesied(words: string[], text: string): boolean {
	if (words.length < 2) return false;
	const surname = escape(words.at(-1)!);
	return new RegExp(`\\b(?:Mr|Mrs|Ms|Miss|Dr)\\.?\\s+${surname}(?![\\p{L}’'-])`, 'u').test(text);
}

/** Whether the words beside one mention of a name tell a person. */
function personBeside(before: string, after: string, length: number, strict: boolean): boolean {
	if (new RegExp(`\\b${OFFICE}\\s+(?:\\p{Lu}[\\p{L}’'.-]*\\s+)*$`, 'u').test(before)) return true;
	// "the mayor, Ann Lee", "jockey Ann Lee", "Her trainer, Dan Pike".
	// (A role after "will" or "would" is a verb: "will captain Ireland", "would coach Hawks".)
	const role = /([\p{L}-]+),?\s+$/u.exec(before)?.[1];
	const asVerb = /\b(?:will|would|could|can|may|might|must|shall)\s+[\p{L}-]+\s+$/iu.test(before);
	if (role && isPersonNoun(role) && !asVerb) return true;
	// Whom someone married is a person; someone's own in apposition is told as one: "Her
	// husband, Lowell Pruitt,", "The circus's elephant, Rosie,".
	if (/\b(?:married|wed|divorced)\s+$/.test(before)) return true;
	// (Not as what an "it" may not be: "Varga's team, Danube Cycling,".)
	if (
		!strict &&
		/(?:['’]s|\b(?:[Hh]is|[Hh]er|[Tt]heir))\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+,\s+$/u.test(before)
	)
		return true;
	// "Ann Lee, 61,", "Ann Lee, who", "Ann Lee, a nurse".
	if (/^,\s+(?:\d{1,3},|who\b)/.test(after)) return true;
	// "Ann Lee, the Lagos-born novelist,", "Ann Lee, a nurse from Tucson": the apposition's head,
	// its last word before a comma or what tells more of it.
	const apposed =
		/^,\s+(?:a|an|the|his|her|their|its|\p{Lu}[\p{L}’'-]*['’]s)\s+((?:[\p{L}\d’'-]+\s+){0,8}?[\p{L}\d’'-]+)(?=[,.;:]|$)/u.exec(
			after
		);
	if (apposed && personHead(apposed[1]!)) return true;
	// "The woman was Ann Lee", "Ann Lee was a nurse": a copula that tells a person.
	const subject =
		/\b(?:the|a|an|this|that)\s+((?:[\p{L}-]+\s+){0,5}?[\p{L}-]+)\s+(?:was|is|became|had\s+been)\s+$/iu.exec(
			before
		);
	if (subject && personHead(subject[1]!)) return true;
	const complement =
		/^\s+(?:was|is|became|had\s+been|has\s+been)\s+(?:a|an|the)\s+((?:[\p{L}\d’'-]+\s+){0,6}?[\p{L}\d’'-]+)(?=[,.;:]|$)/u.exec(
			after
		);
	if (complement && personHead(complement[1]!)) return true;
	const verb = new RegExp(
		`^(?:,\\s+[^,]{1,60},)?\\s+(?:(?:also|later|then|never|had|has|have|\\p{Ll}+ly)\\s+)?(${PEOPLE_VERBS})\\b`,
		'u'
	).exec(after)?.[1];
	if (!verb) return false;
	// (A body says things too: a saying tells a person by a full name only, and never in
	// the strict reading.)
	return !SAYING.test(verb) || (!strict && length > 1);
}

/**
 * Whether the text calls a name "he" or "she": "Ann Lee said she …", or a clause the name opens
 * as its subject (after a fronted phrase's comma, if any) that goes on, or is followed by a
 * sentence, with a "he", "she", "his" or "her" ("Lee was already famous when she left"; "Ann
 * Lee moved to Portland in 1990. Portland gave her a job"). `text` holds the sentences
 * before the pronoun being named, never its own: that one would tell only the rule's guess.
 */
function chained(name: string, text: string): boolean {
	const n = escape(name);
	if (
		new RegExp(`${n}\\s+(?:said|says|told\\s+\\p{Ll}+)\\s+(?:that\\s+)?(?:he|she)\\b`, 'u').test(
			text
		)
	)
		return true;
	return new RegExp(
		`(?:^|[.!?][”"’']?\\s+|,\\s+)${n}\\s+\\p{Ll}[^.!?]*(?:\\b(?:he|she|him|her|his|hers|himself|herself)\\b|[.!?]\\s+[^.!?]*\\b(?:[Hh]e|[Ss]he|him|[Hh]er|[Hh]is|himself|herself)\\b)`,
		'u'
	).test(text);
}

/** The pronoun's reading: a person's, a thing's or a plural's. */
const PERSON_PRONOUN = /^(?:he|she|him|her|his|hers)$/i;
const THING_PRONOUN = /^(?:it|its)$/i;

/**
 * Whether `pronoun` may be named by `candidate`, as `sentences` show it: the pronoun's own
 * sentence first, then those before it, nearest first; `story`, the whole text, when known. (A
 * "he" or "she" the text gives a name is read only before the pronoun's own sentence: that one
 * would tell only the rule's guess.) `people` are the surnames the story gives a first name or
 * quotes, each a person's unless the text shows it is something else.
 */
export function canBe(
	pronoun: string,
	candidate: string,
	sentences: string[],
	story?: string,
	people?: Set<string>
): boolean {
	const word = pronoun.toLowerCase();
	const own = sentences[0] ?? '';
	const joined = /\sand\s/.test(candidate);
	const at = story && own ? story.indexOf(own) : -1;
	const before = at >= 0 ? story!.slice(0, at) : [...sentences.slice(1)].reverse().join(' ');
	const all = story ?? `${before} ${own}`;
	if (PERSON_PRONOUN.test(word)) {
		const kind = kindOf(candidate, all, false, before);
		const surname = kind === 'unknown' && !!people?.has(bare(candidate));
		if (joined || (kind !== 'person' && !surname)) return false;
		// Someone a first name or an office tells is of the other sex never is; and beside a
		// pronoun of the other sex, only someone told to be of this one, or when the sentence
		// names before it someone else it may be.
		const sex = /^(?:she|her|hers)$/.test(word) ? 'female' : 'male';
		const firm = sexOf(bare(candidate), all, true);
		if (firm && firm !== sex) return false;
		const other = own.search(
			sex === 'female' ? /\b(?:he|him|his|himself)\b/i : /\b(?:she|her|hers|herself)\b/i
		);
		return (
			other < 0 ||
			sexOf(bare(candidate), all) === sex ||
			someoneElse(own.slice(0, other), bare(candidate), all)
		);
	}
	if (THING_PRONOUN.test(word)) return joined || kindOf(candidate, all, true, before) !== 'person';
	return joined || !['person', 'place'].includes(kindOf(candidate, all, true, before));
}

/**
 * Whether `before`, the words of a sentence before a pronoun, names someone other than
 * `candidate` whom that pronoun may be: "She married the painter Walter Ellery in 1961; he died
 * in 2015" ("he" is Walter Ellery, and "she" may be anyone else).
 */
function someoneElse(before: string, candidate: string, text: string): boolean {
	// (A part of the candidate's name is the candidate: "Lee" of "Ann Lee".)
	for (const m of before.matchAll(/(?<=\s)\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*/gu))
		if (!candidate.includes(m[0]) && kindOf(m[0], text) === 'person') return true;
	return false;
}

/** A kin word before a name in apposition, which tells its sex: "Her husband, Lowell Pruitt". */
const KIN = {
	female: String.raw`\b(?:wife|widow|mother|daughter|sister|aunt|niece|grandmother|granddaughter)(?:\s+of\s+\d+\s+years)?,?\s+`,
	male: String.raw`\b(?:husband|widower|father|son|brother|uncle|nephew|grandfather|grandson)(?:\s+of\s+\d+\s+years)?,?\s+`
};

/**
 * The sex a first name, a kin word or a courtesy title tells of a name; else, unless `firm`, the one the
 * first names the text gives its surname tell. Null when nothing tells it.
 */
function sexOf(name: string, text: string, firm = false): 'female' | 'male' | null {
	const given = givenNameSex(name) ?? ageLineSex(name, text);
	if (given) return given;
	const surname = escape(name.split(/\s+/).at(-1)!);
	const her = new RegExp(
		`\\b(?:Mrs|Ms|Miss)\\.?\\s+${surname}\\b|${KIN.female}${escape(name)}\\b`,
		'u'
	).test(text);
	const his = new RegExp(`\\bMr\\.?\\s+${surname}\\b|${KIN.male}${escape(name)}\\b`, 'u').test(
		text
	);
	if (her !== his) return her ? 'female' : 'male';
	// (A surname alone, by the first names the text gives it, when they tell one sex; a family
	// shares its surname, so a courtesy title comes first.)
	if (!firm && !name.includes(' ') && !her) {
		const sexes = new Set(
			[...text.matchAll(new RegExp(`\\b\\p{Lu}\\p{Ll}+\\s+${surname}\\b`, 'gu'))].map((m) =>
				givenNameSex(m[0])
			)
		);
		if (sexes.size === 1 && !sexes.has(null)) return [...sexes][0]!;
	}
	return null;
}

const ANY_PRONOUN = /^(?:he|she|him|her|his|hers|it|its|they|them|their|theirs)$/i;

/**
 * `named`, the title a rule made of `title` by putting a name for one of its pronouns, when the
 * pronoun can be that name (`canBe`); else `title` as it was. (A rule that changed no pronoun, or
 * more than one, is taken as it is.)
 */
export function named(
	title: string,
	named: string,
	sentences: string[],
	story?: string,
	people?: Set<string>
): string {
	if (named === title) return named;
	const was = title.split(' ');
	const is = named.split(' ');
	let start = 0;
	while (start < was.length && start < is.length && was[start] === is[start]) start++;
	let end = 0;
	while (
		end < was.length - start &&
		end < is.length - start &&
		was[was.length - 1 - end] === is[is.length - 1 - end]
	)
		end++;
	const gone = was.slice(start, was.length - end).filter((w) => ANY_PRONOUN.test(w));
	const put = is.slice(start, is.length - end).join(' ');
	if (gone.length !== 1 || !put) return named;
	return canBe(gone[0]!, put, sentences, story, people) ? named : title;
}
