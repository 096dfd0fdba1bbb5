/**
 * A pronoun inside a title, not at its start: an object ("Judge ordered it to turn them over"),
 * a partitive's ("About 200 of them were hospitalized") or a possessive ("Studio moved its
 * premiere"). A reader of the title alone cannot tell what it stands for, so each is named by
 * its antecedent (`antecedent`: salience, agreement, nothing guessed when two agree), with two
 * rules a pronoun inside a clause adds:
 *
 * - an object pronoun is never its own clause's subject ("A judge ordered it": "it" is no
 *   judge), so the subject is no candidate, and what that subject stands for is none either
 *   ("In March it pushed it to December": the second "it" is not the first);
 * - of two candidates that agree, an object pronoun takes the one object (grammatical role
 *   parallelism: "The museum bought the painting in 1961. Thieves stole it in 1990").
 *
 * A pronoun whose antecedent the title already names before it stays ("Company said it would
 * close plant"); so does one inside a quotation, and one whose antecedent is not sure.
 */

import { antecedent, mentionsOf, protagonistOf, storyOf, type Mention } from './antecedents';
import { subjectOf } from './words';
import { canBe } from './can-be';

/** A pronoun inside a title: a partitive's "them", an object, a possessive. */
const INNER =
	/(?<=^|\s)(?:((?:\S+\s+)?\S+)\s+of\s+(them|those)|(it|them|him)|(its|their))(?=$|[\s,;:.])/g;

/** The word a pronoun is looked up as. */
const LOOKED_UP: Record<string, string> = { them: 'they', those: 'they', their: 'they', him: 'he' };

/** Quantities a partitive opens with: "About 200 of them", "Most of them". */
const PARTITIVE_HEAD =
	/^(?:(?:about|around|nearly|almost|over|some|at\s+least|more\s+than)\s+)?(?:[\d,]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands|many|most|some|several|all|both|none|half|few)$/i;

/** A count before a kind: "Forty", "about 300". */
const COUNTED =
	/^(?:(?:about|around|nearly|almost|over|some|at\s+least|more\s+than)\s+)?(?:[\d,]+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozens|hundreds|thousands|many|several)\s+(?:more\s+)?(?=\S)/i;

/** A count of a kind: "about 300 homes", "more than 40 passengers". */
const COUNT_OF_KIND =
	/\b(?:[\d,]*\d|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozens|hundreds|thousands)\s+(?:of\s+)?((?:[\p{Ll}-]+\s+)?(?:people|children|men|women|\p{Ll}{3,}[^s\s’']s))\b/gu;

/**
 * The kind a partitive's "them" counts, when its own sentence before it, or else the sentence
 * before, counts one kind only: "The storm destroyed about 300 homes. Most of them …" → "homes".
 */
function countedKind(before: string, previous = ''): Mention | null {
	for (const text of [before, previous]) {
		const kinds = new Set([...text.matchAll(COUNT_OF_KIND)].map((m) => m[1]!));
		if (kinds.size === 1)
			return { text: [...kinds][0]!, role: 'object', kind: 'group', plural: true, sex: null };
		if (kinds.size > 1) return null;
	}
	return null;
}

/** Whether a name goes on with a number where the story writes it: "LHS 1140 b". */
const numbered = (name: string, sentences: string[]) =>
	sentences.some(
		(s) => s.includes(`${name} `) && /^\s+\d/.test(s.slice(s.indexOf(name) + name.length))
	);

/** Plurals without an "-s": "police", "people". */
const PLURAL_WORDS = /^(?:police|people|children|men|women|staff|crew|cattle)$/i;

/**
 * Whether a title's subject (or a pronoun of the possessive's own before it) may own what the
 * possessive does: "its" a singular subject or a name ("Corvane Foods"), "their" a plural.
 */
function owns(subject: string, before: string[], possessive: string): boolean {
	const same = possessive === 'its' ? 'it' : 'they';
	if (before.some((w) => w.toLowerCase() === same)) return true;
	const last = subject.split(/\s+/).at(-1)!;
	if (/^\p{Lu}/u.test(last) && !/\sand\s/.test(subject)) return true;
	const plural = /\sand\s/.test(subject) || PLURAL_WORDS.test(last) || /[^s’']s$/.test(last);
	return (possessive === 'its') !== plural;
}

/** A noun phrase as a title writes it: no article. */
const headlined = (text: string) => text.replace(/^(?:the|a|an)\s+/i, '');

/** Words after a pronoun that make it a clause's subject: "said it would", "it was". */
const VERB_AFTER =
	/^(?:would|will|could|can|may|might|must|should|had|has|have|is|are|was|were|did|does|do|\p{Ll}+ed|said|says)$/u;

/** Words before a pronoun that open a clause it is the subject of: "said it", "that they". */
const CLAUSE_BEFORE =
	/^(?:said|says|told|warned|declared|confirmed|promised|announced|argued|insisted|that|because|when|if|after|before|until)$/;

/** Words a date is told by, which no pronoun stands for. */
const TIME_WORD =
	/^(?:(?:next|last|this)\s+\w+|\w+day|january|february|march|april|may|june|july|august|september|october|november|december|year|time|week|month)$/i;

/**
 * The title with its inner pronouns named, `own` its sentence and `earlier` the sentences
 * before it, nearest first; `people` the surnames the story tells as people's; `text` the whole
 * story when known.
 */
export function nameInnerPronouns(
	title: string,
	own: string,
	earlier: string[],
	people?: Set<string>,
	text?: string
): string {
	// (A quotation's words are its speaker's: no pronoun in one is guessed at.)
	if (/[‘“"]/.test(title)) return title;
	const story = storyOf([own, ...earlier]);
	const seen = new Map<string, number>();
	const subject = subjectOf(title);
	return (
		title
			.replace(INNER, (m, head: string | undefined, partitive, object, possessive, at: number) => {
				const word = (partitive ?? object ?? possessive) as string;
				const lower = word.toLowerCase();
				// (The n-th "it" of the title is the n-th of its sentence: what stands before it there.)
				const nth = seen.get(lower) ?? 0;
				seen.set(lower, nth + 1);
				const where = [...own.matchAll(new RegExp(`\\b${lower}\\b`, 'gi'))][nth]?.index;
				if (where === undefined) return m;
				if (partitive && !PARTITIVE_HEAD.test(head!)) return m;
				const words = title.slice(0, at).trim().split(/\s+/);
				const after =
					title
						.slice(at + m.length)
						.trim()
						.split(/\s+/)[0] ?? '';
				// An "it" that is a clause's subject is no object: "Company said it would close".
				if (object && (VERB_AFTER.test(after) || CLAUSE_BEFORE.test(words.at(-1) ?? ''))) return m;
				// A possessive whose title's subject may own it is that subject's: "Hotel closed its
				// pool", "Two dairies sold their herds".
				if (possessive && subject && owns(subject, words, lower)) return m;
				const before = own.slice(0, where);
				const found = object
					? objectAntecedent(LOOKED_UP[lower] ?? lower, before, earlier, people, story)
					: (antecedent(LOOKED_UP[lower] ?? lower, earlier, before, people, story) ??
						(partitive ? countedKind(before, earlier[0]) : null));
				if (!found?.text || / and /.test(found.text) || /['’]s$/.test(found.text)) return m;
				if (!canBe(word, found.text, [own, ...earlier], text, people)) return m;
				// (Nor a date's words, nor a name cut from its number: "LHS" of "LHS 1140 b".)
				if (TIME_WORD.test(found.text) || numbered(found.text, [own, ...earlier])) return m;
				// (Its kind without the count the sentence before gave it: "Twelve of them" of "Forty
				// workers" are "Twelve workers".)
				const name = headlined(found.text).replace(COUNTED, '');
				// (What the title names before the pronoun, the reader names it by.)
				const last = name.split(' ').at(-1)!.toLowerCase();
				if (words.some((w) => w.toLowerCase().replace(/[’']s$/, '') === last)) return m;
				if (partitive) return `${head} ${name}`;
				return possessive ? `${name}${/s$/.test(name) ? '’' : '’s'}` : name;
			})
			// (Never a noun doubled: "council’s council members" is "council members".)
			.replace(/(\S+)’s?\s+(\S+)/gu, (m, a: string, b: string) =>
				a.toLowerCase() === b.toLowerCase() ? a : m
			)
	);
}

/**
 * What an object pronoun stands for, as `antecedent` reads its sentence before it and the
 * sentences before, but never its own clause's subject nor what that stands for; of two that
 * agree in the nearest sentence, the one object. Nothing when its own sentence before it cannot
 * be read, or when the subject found stands beside a noun phrase the reading passed over that
 * agrees as well ("the board voted in March to close the school's pool. … to keep it open").
 */
function objectAntecedent(
	pronoun: string,
	before: string,
	earlier: string[],
	people: Set<string> | undefined,
	story: ReturnType<typeof storyOf>
): Mention | null {
	const resolved = (p: string) => antecedent(p, earlier, '', people, story);
	// (A common noun's owner is not its phrase's head: "The club's owners signed him" reads as
	// "the owners", no "he".)
	const plain = before.replace(/\b(?:[Tt]he\s+)?\p{Ll}+['’]s\s+(?=\p{Ll})/gu, 'the ');
	const own = before.trim() ? mentionsOf(plain, people, resolved, true) : [];
	if (!own) return null;
	const subject = own.findLast((m) => m.role === 'subject');
	const notSubject = (m: Mention | null): m is Mention => !!m && m.text !== subject?.text;
	const inOwn = own.filter((m) => notSubject(m) && agreesWith(pronoun, m));
	if (inOwn.length > 1 || inOwn[0]?.kind === 'unknown') return null;
	if (inOwn.length) return passedOver(before, inOwn[0]!, pronoun) ? null : inOwn[0]!;
	const back = resolved(pronoun);
	if (notSubject(back)) {
		const told = earlier.slice(0, 3).find((s) => s.includes(back.text));
		return told && passedOver(told, back, pronoun) ? null : back;
	}
	const objects = (mentionsOf(earlier[0] ?? '', people) ?? []).filter(
		(m) => m.role === 'object' && notSubject(m) && agreesWith(pronoun, m)
	);
	if (objects.length)
		return objects.length === 1 && objects[0]!.kind !== 'unknown' ? objects[0]! : null;
	// An object "him" or "her" no sentence near names is the one the story is about, as a subject
	// "he" is: "Diego Ortiz scored twice …. The club's owners signed him in 2018" → "… signed Ortiz".
	// (Only the one person of that sex the story's first sentence names: "Diego Ortiz and Carl
	// Reid scored" could be either.)
	if (back || (pronoun !== 'he' && pronoun !== 'she')) return null;
	const main = protagonistOf(pronoun, earlier, story, people);
	if (!notSubject(main)) return null;
	const lede = earlier.at(-1) ?? '';
	const other = pronoun === 'he' ? 'female' : 'male';
	const rival = story.people.some(
		(p) => p !== main.text && lede.includes(p) && story.sexOf(p) !== other
	);
	return rival ? null : main;
}

/**
 * Whether the sentence that names `subject` names, after it, another noun phrase of the
 * pronoun's number that no reading took: then the subject is no sure antecedent.
 */
function passedOver(sentence: string, subject: Mention, pronoun: string): boolean {
	const after = sentence.slice(sentence.indexOf(subject.text) + subject.text.length);
	const words = after.split(/\s+/);
	for (const [i, w] of words.entries()) {
		if (!/^(?:the|a|an|its|their|his|her)$/i.test(w)) continue;
		// (The phrase's head: its last word before a preposition, a verb or a stop.)
		let head = '';
		for (const word of words.slice(i + 1, i + 5)) {
			if (/^(?:of|in|on|at|for|to|from|with|by|and|was|were|had|has|is|are)$/.test(word)) break;
			head = word.replace(/[,;:.!?”"]+$/, '');
			if (head !== word) break;
		}
		if (head && pronoun !== 'he' && (pronoun === 'it') !== /[^s’']s$/.test(head)) return true;
	}
	return false;
}

/** Whether a mention may be the object pronoun's: "him" a man, "it" one thing, "them" a plural. */
function agreesWith(pronoun: string, m: Mention): boolean {
	if (pronoun === 'he') return m.kind === 'person' && m.sex !== 'female';
	if (m.kind === 'person') return false;
	return pronoun === 'it' ? !m.plural : m.plural;
}
