import { isPastVerb } from '../happenings';

/**
 * A place told with its state or province ("Portland, Oregon", "Paris, Texas", "Buffalo, N.Y.")
 * is one name, though it holds a comma: every rule that cuts a title at a comma (an opening
 * phrase, a subject's aside, a closing clause) read its comma as a break ("Born in Portland,
 * Oregon, in 1938, Dr. Ellery moved …" was titled "Oregon, Dr. Ellery born in Portland"). While a
 * title is made the place's comma is a joiner, as the comma of "1,200" is; the title gets its
 * comma back.
 */

/** Stands for a place's comma while a title is made: "Portland\u2065Oregon". */
export const PLACE_COMMA = '\u2065';

/**
 * What may follow a town's comma and make it a place's: US states as written out and as the AP
 * abbreviates them, Canadian provinces, the capital's "D.C.", and countries.
 */
const REGIONS = [
	// States, written out.
	'Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia',
	'Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts',
	'Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon',
	'Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming',
	'New_Hampshire New_Jersey New_Mexico New_York North_Carolina North_Dakota Rhode_Island',
	'South_Carolina South_Dakota West_Virginia',
	// The AP's abbreviations.
	'Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich.',
	'Minn. Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D.',
	'Tenn. Vt. Va. Wash. W.Va. Wis. Wyo. D.C.',
	// Canadian provinces.
	'Alberta Ontario Quebec Manitoba Saskatchewan Nova_Scotia New_Brunswick British_Columbia',
	'Newfoundland Ont. Que. Alta. Man. Sask. B.C. N.S.',
	// Countries, after a town as wire copy writes them ("A steel foundry in Monterrey, Mexico,
	// opened" was "Mexico opened"). Not those that are as often a person's name (Jordan, Chad).
	'Afghanistan Albania Algeria Angola Argentina Armenia Australia Austria Azerbaijan Bahrain',
	'Bangladesh Belarus Belgium Bolivia Bosnia Botswana Brazil Bulgaria Cambodia Cameroon Canada',
	'Chile China Colombia Congo Croatia Cuba Cyprus Denmark Ecuador Egypt England Eritrea',
	'Estonia Ethiopia Finland France Germany Ghana Greece Guatemala Haiti Honduras Hungary',
	'Iceland India Indonesia Iran Iraq Ireland Israel Italy Japan Kazakhstan Kenya Kosovo Kuwait',
	'Latvia Lebanon Liberia Libya Lithuania Luxembourg Madagascar Malawi Malaysia Mali Malta',
	'Mexico Moldova Mongolia Montenegro Morocco Mozambique Myanmar Namibia Nepal Netherlands',
	'Nicaragua Niger Nigeria Norway Oman Pakistan Panama Paraguay Peru Philippines Poland',
	'Portugal Qatar Romania Russia Rwanda Scotland Senegal Serbia Singapore Slovakia Slovenia',
	'Somalia Spain Sudan Sweden Switzerland Syria Taiwan Tanzania Thailand Tunisia Turkey',
	'Uganda Ukraine Uruguay Uzbekistan Venezuela Vietnam Wales Yemen Zambia Zimbabwe',
	'South_Africa South_Korea North_Korea New_Zealand Sri_Lanka Saudi_Arabia Costa_Rica',
	'El_Salvador Ivory_Coast Northern_Ireland Puerto_Rico Dominican_Republic Czech_Republic',
	'United_Arab_Emirates'
]
	.join(' ')
	.split(/\s+/)
	.map((r) => r.replaceAll('_', ' '));

/** Whether words name a region of REGIONS (a state, a province or a country): "Mexico", "Ohio". */
export const isRegion = (words: string) => REGIONS.includes(words.trim());

/** A sentence that ends on a region's abbreviation, whose full stop is the abbreviation's. */
const ENDS_ABBREVIATED = new RegExp(
	`${PLACE_COMMA}(?:${REGIONS.filter((r) => r.endsWith('.'))
		.map((r) => r.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
		.join('|')})$`
);

/** The sentence without its closing punctuation, but for an abbreviation's: "Portland, Ore.". */
export function withoutFullStop(sentence: string): string {
	const s = sentence.replace(/[\s!?]+$/, '');
	return ENDS_ABBREVIATED.test(s) ? s : s.replace(/[\s.!?]+$/, '');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A town of one to three capitalised words, its comma, its region, then what closes the place: a
 * comma and what follows it, the sentence's end, or a word that goes on from a place.
 */
const PLACE = new RegExp(
	String.raw`(\b\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}),\s+(${REGIONS.map(escape).join('|')})(?:,\s+(?=(\p{Lu}|\p{Ll}+))|(?=[;:!?)"”]|\.?$|\.\s|\s+(?:and|or|in|on|at|to|for|from|near|where|when)\b))`,
	'gu'
);

/** Capitalised words that are no town: "On Monday, Texas officials …" is a scene, not a place. */
const NO_TOWN =
	/^(?:On|In|At|By|But|And|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Meanwhile|However|Last|Next)$/;

/** Words that open a verb phrase after a subject: "…, was arrested", "…, said on Friday". */
const VERB = /^(?:was|were|is|are|has|have|had|will|would|could|can|may|might|must|says?|plans?)$/;

/**
 * The sentence with each place's comma joined. A place that ends a subject before its verb
 * ("The county clerk in Austin, Texas, said …") keeps its town only, as a headline does ("County
 * clerk in Austin said …"); one before a capitalised word keeps its closing comma, which may end
 * an opening phrase ("Born in Portland, Oregon, Dr. Ellery moved"); one before any other word
 * ("in Lane County, Ore., confirmed …" aside, "Buffalo, N.Y., abortion-clinic doctor") is left to
 * the rules for asides, which read its region as one.
 */
export function joinPlaces(sentence: string): string {
	if (!sentence.includes(', ')) return sentence;
	return sentence.replace(
		PLACE,
		(m, town: string, region: string, next: string | undefined, at: number, all: string) => {
			if (NO_TOWN.test(town.split(/\s+/).pop()!)) return m;
			const joined = `${town}${PLACE_COMMA}${region}`;
			if (next === undefined) return joined;
			// (…and so does one closing an opening place: "In Paris, Texas, the council voted".)
			const opening = /^(?:In|At|Near|Outside)\s+$/.test(
				`${all.slice(0, at)}${town.split(' ')[0]} `
			);
			if (/^\p{Lu}/u.test(next) || (opening && !all.slice(0, at).trim())) return `${joined}, `;
			// (Only a subject that opens the sentence: a place in an aside, "Kopp, 44, of St. Albans,
			// Vt., became …", goes with its aside.)
			const subject = !all.slice(0, at).includes(',');
			return subject && (VERB.test(next) || isPastVerb(next)) ? `${town} ` : m;
		}
	);
}
