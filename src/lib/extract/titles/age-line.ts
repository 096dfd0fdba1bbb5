/**
 * An obituary or a profile tells its subject's sex at once, whatever the first name: "Nia
 * Roberts, a headteacher who ran Ysgol Glan Taf for 25 years, died on Monday. She was 84." The
 * age line right after a sentence that opens with a person's name ("She was 84.", "He is 27.")
 * is that person's, as surely as a first name the table knows, so a name the table does not
 * know (Welsh, Irish, Nordic, West African, South Asian …) is still of a sex: never a later "he"
 * of hers, and the one "she" of the story may be.
 */

import type { Sex } from './antecedents';

/** An age line after a sentence's end: "She was 84.", "He is 27.", "She was 101 years old." */
const AGE_LINE =
	/(?<=[.!?][”"]?\s+)(He|She)\s+(?:was|is)\s+(?:\d{1,3}|\p{Ll}+(?:-\p{Ll}+)?)(?:\s+years\s+old)?\.(?=\s|$)/gu;

/** Where one sentence ends and the next begins. */
const SENTENCE_END = /(?<=[.!?][”"]?)\s+(?=[“"]?\p{Lu})/u;

/** A full name opening a sentence, after any dateline: "Nia Roberts, a headteacher …". */
const OPENING_NAME =
	/^(?:\p{Lu}[\p{Lu}.,' -]+\s+[—–-]+\s+)?((?:\p{Lu}[\p{L}’'-]*\p{Ll}\s+)(?:\p{Lu}\.\s+)?(?:\p{Lu}[\p{L}’'-]*\p{Ll}\s+){0,2}\p{Lu}[\p{L}’'-]*\p{Ll})(?=,|\s+\p{Ll})/u;

const surnameOf = (name: string) => name.split(/\s+/).at(-1)!;
const firstOf = (name: string) => name.split(/\s+/)[0]!;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The names that open a sentence followed by an age line, with the sex the line tells. */
let cached: { text: string; lines: { name: string; sex: Sex }[] } | null = null;
function ageLines(text: string): { name: string; sex: Sex }[] {
	if (cached?.text === text) return cached.lines;
	const lines: { name: string; sex: Sex }[] = [];
	for (const m of text.matchAll(AGE_LINE)) {
		// (The sentence before: what follows the last sentence end within its paragraph.)
		const before = text.slice(Math.max(0, m.index - 600), m.index).trimEnd();
		const paragraph = before.split(/\n\s*\n/).at(-1)!;
		const sentence = paragraph.split(SENTENCE_END).at(-1)!.trim();
		const name = OPENING_NAME.exec(sentence)?.[1];
		if (name) lines.push({ name, sex: m[1] === 'She' ? 'female' : 'male' });
	}
	// (…and so does a clause of the name's own sentence whose subject is "she" or "he", no one
	// else named and nothing said before it: "Maren Holt was 24 when she founded Brightwater".)
	for (const paragraph of text.split(/\n\s*\n/))
		for (const sentence of paragraph.split(SENTENCE_END)) {
			const name = OPENING_NAME.exec(sentence.trim())?.[1];
			if (!name || /['’]s$/.test(name)) continue;
			const rest = sentence.trim().slice(sentence.trim().indexOf(name) + name.length);
			const own = OWN_CLAUSE.exec(rest);
			if (!own) continue;
			const before = rest.slice(0, own.index);
			if (SAYING.test(before) || ANOTHER.test(before)) continue;
			lines.push({ name, sex: own[1]!.toLowerCase() === 'she' ? 'female' : 'male' });
		}
	cached = { text, lines };
	return lines;
}

/** A clause of the sentence opened by "she" or "he": "… was 24 when she founded …". */
const OWN_CLAUSE =
	/\b(?:when|after|before|until|while|because|as|since|and|but)\s+(she|he)\s+(?!said\b|says\b|told\b)\p{Ll}/iu;
/** A saying, whose "she" may be someone spoken of. */
const SAYING = /\b(?:said|says|told|tells|wrote|recalled|added)\b/;
/** Another person's full name, or a kin or role who could be the "she". */
const ANOTHER =
	/\p{Lu}[\p{L}’'-]*\p{Ll}\s+\p{Lu}[\p{L}’'-]*\p{Ll}|\b(?:his|her|their)\s+(?:[\p{Ll}-]+\s+)?(?:wife|husband|mother|father|son|daughter|sister|brother|partner|friend)\b/u;

/**
 * The sex an age line of `text` tells of `person`: the sentence right before the line opens with
 * the person's full name ("Nia Roberts") or, for a lone surname, with the first full name the
 * text gives that surname. Null when no age line tells it, or two tell both sexes.
 */
export function ageLineSex(person: string, text: string): Sex | null {
	if (!text.includes(' was ') && !text.includes(' is ') && !/\b(?:she|he)\s/i.test(text))
		return null;
	const lines = ageLines(text);
	if (!lines.length) return null;
	const name = person.replace(/^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+/, '').trim();
	if (!name) return null;
	const surname = surnameOf(name);
	// (A lone surname is the first full name the story gives it: "Roberts" of "Nia Roberts", told
	// before "married Emrys Roberts in 1964".)
	const first = /\s/.test(name)
		? null
		: (new RegExp(
				`\\p{Lu}[\\p{L}’'-]*\\p{Ll}(?:\\s+\\p{Lu}\\.)?\\s+${escape(surname)}(?![\\p{L}’'-])`,
				'u'
			).exec(text)?.[0] ?? null);
	if (!/\s/.test(name) && !first) return null;
	const told = new Set<Sex>();
	for (const line of lines) {
		const same = first
			? line.name === first
			: line.name === name ||
				(surnameOf(line.name) === surname && firstOf(line.name) === firstOf(name));
		if (same) told.add(line.sex);
	}
	return told.size === 1 ? [...told][0]! : null;
}
