/**
 * Two people one sentence pairs (one meets, marries or founds something with the other) are the
 * "they" right after it: "He met Gwen Lloyd at a chapel choir in 1961. They married in 1962" →
 * "Okafor and Lloyd married". Only a verb of this table pairs them; a sentence that names a third
 * person, or pairs them any other way ("grew up with the bassist and the drummer"), keeps its
 * "They": a wrong pair is worse than a pronoun.
 */

/**
 * A verb that pairs its subject with its object, or with the one after its "with", each row with
 * the example that called for it.
 */
const PAIRINGS: { pattern: RegExp; people?: boolean; example: string }[] = [
	{
		// (Only a person meets or marries a person: a subject of no kind known is one.)
		pattern: /\b(?:met|married|wed|befriended|divorced)\s+(?:the\s+\p{Ll}+\s+)?$/u,
		people: true,
		example: 'He met Gwen Lloyd at a chapel choir in Swansea in 1961. They married in 1962.'
	},
	{
		pattern:
			/\b(?:founded|co-founded|formed|started|opened|ran|wrote|recorded)\b[^,;.]{0,60}\s+(?:together\s+)?with\s+(?:the\s+\p{Ll}+\s+)?$/u,
		example: 'She founded the gallery with Tom Reed in 1980. They sold it in 1995.'
	}
];

/** A person's full name, two to four capitalised words. */
const FULL = /\p{Lu}[\p{L}’'-]*\p{Ll}(?:\s+\p{Lu}[\p{L}’'-]*\p{Ll}){1,3}/gu;

/**
 * Words that open a sentence as its grammatical subject but name no one: a cleft's "It" ("It was
 * on that tour that he met the singer Ann Roe") or a "There" is not the one who met.
 */
const NO_ONE = /^(?:It|There|This|That|Then|Here|What|When|Where|While|After|Before)$/;

/** A subject a pairing sentence may open with: a pronoun, or a person's name. */
const SUBJECT = /^(?:(He|She)|(\p{Lu}[\p{L}’'-]*\p{Ll}(?:\s+\p{Lu}[\p{L}’'-]*\p{Ll}){0,3}))\s+/u;

export interface Couple {
	/** The one who does the pairing, as the sentence writes it ("He", "Samuel Okafor"). */
	subject: string;
	/** The partner's full name ("Gwen Lloyd"). */
	partner: string;
}

/**
 * The couple `sentence` pairs, or null: its subject (a pronoun or a name) and the one full name
 * its pairing verb takes, when it names no one else.
 */
export function coupleOf(
	sentence: string,
	isPerson: (name: string) => boolean,
	mayBePerson: (name: string) => boolean = isPerson
): Couple | null {
	const text = sentence.trim();
	const subject = SUBJECT.exec(text);
	if (!subject || NO_ONE.test(subject[2]?.split(/\s+/)[0] ?? '')) return null;
	const names = [...text.matchAll(FULL)].filter((m) => isPerson(m[0]));
	for (const m of names) {
		const before = text.slice(0, m.index);
		const row = PAIRINGS.find((row) => row.pattern.test(before));
		if (!row) continue;
		// (No third person: "He met Gwen Lloyd and her sister Ann" is no couple.)
		const others = names.filter((n) => n !== m && n.index !== 0);
		if (others.length) return null;
		const person = row.people ? mayBePerson : isPerson;
		if (!subject[1] && !person(subject[2]!)) return null;
		return { subject: subject[1] ?? subject[2]!, partner: m[0] };
	}
	return null;
}

export { PAIRINGS };
