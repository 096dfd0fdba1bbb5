/**
 * Turns a sentence into a timeline label, the way a graphics editor would write one: the clause
 * that the date governs, in headline style (no date phrase, no attribution, no articles or
 * auxiliaries), short enough to sit on a timeline.
 */

/** A date phrase inside the sentence, as offsets relative to the sentence start. */
export interface Span {
	start: number;
	end: number;
}

const MAX_WORDS = 11;
const MARK = '\u2063'; // invisible separator: cannot occur in prose, so marks survive regexes

const PREPOSITIONS =
	'in|on|at|during|since|by|until|till|from|through|throughout|of|for|before|after|around|about|between|to|into|with|against|amid|over|under|within|without|across|toward|towards|as';
const SUBORDINATORS =
	/^(while|although|though|if|as|when|because|since|after|before|once|unless|whereas|despite)\b/i;
const AUX =
	/\b(?:has been|have been|had been|will have been|is being|are being|was being|were being|was|were|is|are|has|have|had) (?!(?:one|none|anyone|someone|everyone|gone)\b)(?=\w+(?:ed|en|wn|ne|lt|ft|pt|ught|un|ung)\b)/gi;
const NOT_ADVERBS = new Set([
	'only',
	'family',
	'italy',
	'july',
	'early',
	'supply',
	'rally',
	'ally',
	'holy',
	'daily',
	'weekly',
	'monthly',
	'yearly',
	'likely',
	'reply',
	'assembly',
	'fly',
	'apply',
	'july'
]);
const FUNCTION_WORDS = new Set(
	`a an the and or but of ${PREPOSITIONS.replace(/\|/g, ' ')} that which who whom whose only also just still even up down out than more less some such about its their his her our your my is are was were be been has have had will would could should may might can this these those`.split(
		' '
	)
);

const PREPOSITION = new RegExp(`^(?:${PREPOSITIONS})\\s`, 'i');

/** Words that open a phrase, where a long label may end whole ("for at least two" may not). */
const PHRASE_STARTS = new Set(
	`${PREPOSITIONS.replace(/\|/g, ' ')} that which who whom whose while when because`.split(' ')
);

function marker(i: number, target: boolean) {
	return `${MARK}${target ? 'T' : 'O'}${i}${MARK}`;
}

/**
 * The title of the happening that the date phrase `target` governs; with `target` null, of the
 * sentence's main happening (an undated sentence whose date is inferred from its context).
 */
export function titleFor(sentence: string, target: Span | null, others: Span[] = []): string {
	// Replace the date phrases by markers, from the end so offsets stay valid.
	const spans = [
		...(target ? [{ ...target, target: true }] : []),
		...others.map((s) => ({ ...s, target: false }))
	].sort((a, b) => b.start - a.start);
	const texts = new Map<string, string>();
	let s = sentence;
	spans.forEach((span, i) => {
		const m = marker(i, span.target);
		texts.set(m, sentence.slice(span.start, span.end));
		s = s.slice(0, span.start) + m + s.slice(span.end);
	});
	const targetMark = [...texts.keys()].find((k) => k.includes('T')) ?? `${MARK}none${MARK}`;

	s = s.replace(/[\s.!?]+$/, '');
	s = stripAttribution(s);
	// Non-restrictive relative clauses carry background, not the happening.
	s = s.replace(/,\s+(?:which|who|whom|whose)\b[^,]*,/g, (m) => (m.includes(targetMark) ? m : ''));

	let clause = chooseClause(splitClauses(s), targetMark, spans.length <= 1);
	// Attribution again, now at the clause's end: "…remains, residents said".
	clause = stripAttribution(chooseComplement(clause, targetMark));

	// Date phrases: an adverbial ("in 2019", "last year") goes; a premodifier ("the 2016
	// election") stays, because it names the happening.
	for (const [m, text] of texts) {
		const premodifier = new RegExp(`\\b(?:the|a|an|its|their|his|her)\\s+${m}\\s+[a-z]`, 'i');
		// "third-quarter net income", "year-end bonus": a hyphenated date is an adjective.
		const compound = /^[\w']+-[a-z]+$/i.test(text) && new RegExp(`${m}\\s+[a-z]`).test(clause);
		clause =
			premodifier.test(clause) || compound
				? clause.replace(m, text)
				: clause.replace(new RegExp(`(?:\\b(?:${PREPOSITIONS})\\s+)?${m}`, 'gi'), '');
	}
	return headline(clause);
}

function stripAttribution(s: string): string {
	return (
		s
			// A quotation's closing marks and its speaker: “…,” Meissner said.
			.replace(/[,.]?\s*(?:''|”|")\s*(?:[\w’'.-]+\s+){0,5}(?:said|says|added|asked)\b[^,]*$/i, '')
			.replace(/^(?:``|“|")\s*/, '')
			// Discourse adverbs carry no news.
			.replace(
				/^(?:moreover|however|meanwhile|also|in addition|still|yet|nevertheless|instead),\s*/i,
				''
			)
			.replace(/,\s*(?:meanwhile|however|moreover|though),/gi, '')
			.replace(
				/,\s*(?:[\w’'.-]+\s+){0,6}(?:said|says|reported|reports|added|told [\w\s]{1,40}|according to [^,]+)(?:\s+[\w’'.-]+){0,8}$/i,
				''
			)
			.replace(/,\s*(?:said|says|according to)\b[^,]*(?:,[^,]*)?$/i, '')
			.replace(/^(?:[\w’'.-]+\s+){1,5}(?:said|say|says|reported)\s+(?:that\s+)?/i, '')
	);
}

function splitClauses(s: string): string[] {
	return (
		s
			.split(
				/\s*;\s+|\s+[—–]\s+|\s*--\s*|,\s+(?=(?:but|and|while|although|though|despite|whereas|yet)\s)/i
			)
			// "Despite continuing problems, Kimberly-Clark posted a gain": the opening phrase and the
			// main clause after its comma are two clauses.
			.flatMap((c) => {
				const comma = c.indexOf(', ');
				return SUBORDINATORS.test(c) && comma > 0 ? [c.slice(0, comma), c.slice(comma + 2)] : [c];
			})
			.map((c) => c.replace(/^(?:but|and|yet)\s+/i, '').trim())
			.filter(Boolean)
	);
}

function chooseClause(clauses: string[], mark: string, onlyDate: boolean): string {
	const main = clauses.filter((c) => !SUBORDINATORS.test(c));
	// With one date in the sentence, the first main clause says what happened; with several,
	// each date governs its own clause.
	if (onlyDate && main[0]) return main[0];
	const chosen = clauses.find((c) => c.includes(mark)) ?? main[0] ?? clauses[0] ?? '';
	// A contrast's own date: "while exports fell in May" reads "Exports fell".
	return chosen.replace(/^(?:while|although|though|whereas)\s+/i, '');
}

/** Within "X said that Y that Z", keeps the part the date belongs to. */
function chooseComplement(clause: string, mark: string): string {
	const parts = clause.split(/\s+that\s+/);
	const k = parts.findIndex((p) => p.includes(mark));
	if (k < 0 || parts.length === 1) return clause;
	if (k === parts.length - 1 && k > 0 && parts.slice(0, k).some((p) => p.includes(MARK))) {
		return parts[k]!;
	}
	return parts.slice(0, k + 2).join(' that ');
}

function headline(clause: string): string {
	let s = clause
		.replace(/\b(\w+ly)\s+(?=\w+ed\b|\w+$)/g, (m, adverb: string) =>
			NOT_ADVERBS.has(adverb.toLowerCase()) ? m : ''
		)
		.replace(AUX, '')
		.replace(/\b(\w+(?:ed|id|ew|ought|old))\s+that\s+/gi, '$1 ')
		// Articles go, except in rates and amounts ("$1.92 a share", "twice a year").
		.replace(/(?<![\d%]\s|\b(?:twice|once|times|percent|cents?|dollars?)\s)\b(?:the|a|an)\s+/gi, '')
		// Quotation marks left by the cut, and brackets emptied of their date: "leave ()".
		.replace(/``|''|[“”"]/g, '')
		.replace(/\(\s*\)|\[\s*\]/g, '')
		.replace(/^\s*(?:and|but|so|then|also|that)\b,?\s+/i, '')
		.replace(/\s+([,;:])/g, '$1')
		.replace(/,\s*,/g, ',')
		.replace(/\s{2,}/g, ' ')
		.replace(/^[\s,;:—–-]+|[\s,;:—–-]+$/g, '');
	let words = s.split(' ');
	// Too long with a scene set first ("In his Sunday Mass at St. Patrick's, the cardinal
	// condemned…"): the happening is after the comma.
	const opening = s.indexOf(', ');
	if (words.length > MAX_WORDS && PREPOSITION.test(s) && opening > 0) {
		const rest = s.slice(opening + 2);
		// The main clause opens with its subject: a name or a noun phrase, not a list's next item.
		if (rest.split(' ').length >= 3 && /^(?:\p{Lu}|(?:the|a|an|his|her|its|their) )/u.test(rest)) {
			s = rest;
			words = s.split(' ');
		}
	}
	if (words.length > MAX_WORDS) {
		let cut = MAX_WORDS;
		// Cut after a comma if there is one, else before a preposition, so the label ends on
		// a whole phrase; never before "and" (it would strand half of a pair).
		const comma = words.slice(6, MAX_WORDS).findLastIndex((w) => /,$/.test(w));
		if (comma >= 0) cut = comma + 7;
		else {
			for (let i = MAX_WORDS; i > 4; i--) {
				const w = words[i]!.toLowerCase();
				if (PHRASE_STARTS.has(w)) {
					cut = i;
					break;
				}
			}
		}
		s = words.slice(0, cut).join(' ');
	}
	while (FUNCTION_WORDS.has(s.split(' ').pop()!.toLowerCase()) && s.includes(' ')) {
		s = s.slice(0, s.lastIndexOf(' '));
	}
	s = s.replace(/[\s,;:—–-]+$/, '');
	return s.charAt(0).toUpperCase() + s.slice(1);
}
