/**
 * Years, decades and centuries: "2019", "fiscal 1998", "the year 2000", "nineteen ninety-six",
 * "the 1990s", "the '80s", "the nineties", "the 19th century".
 */
import { table } from '../lexicon';
import { formatYear } from '../calendar';
import { lowerAt, joined, skipHyphen, type Context, type Match } from '../context';
import { readEra } from './era-years';
import { readOrdinal, readShortYear, readSpelledYear, readYear } from './words';

const DECADE_WORDS: ReadonlyMap<string, number> = table({
	twenties: 2,
	thirties: 3,
	forties: 4,
	fifties: 5,
	sixties: 6,
	seventies: 7,
	eighties: 8,
	nineties: 9
});

function decadeSuffix(ctx: Context, i: number): number | null {
	// "1990s" or "1990's" (the apostrophe form is still common in news copy)
	if (lowerAt(ctx, i) === 's' && joined(ctx, i)) return i + 1;
	if ((lowerAt(ctx, i) === "'" || lowerAt(ctx, i) === '\u2019') && joined(ctx, i)) {
		if (lowerAt(ctx, i + 1) === 's' && joined(ctx, i + 1)) return i + 2;
	}
	return null;
}

/** "the" is part of a decade or century expression, as TimeBank marks it. */
function withThe(ctx: Context, i: number): number {
	return lowerAt(ctx, i) === 'the' ? i + 1 : i;
}

export function decade(ctx: Context, i: number): Match | null {
	const j = withThe(ctx, i);
	const year = readYear(ctx, j) ?? readShortYear(ctx, j);
	if (year && year.value % 10 === 0) {
		const end = decadeSuffix(ctx, year.end);
		// "2020's election" is the year's; "the 1990's" or "in the 1990s" the decade's.
		const possessive = end !== null && end - year.end === 2 && j === i;
		if (end !== null && !possessive) {
			return { start: i, end, type: 'DATE', value: formatYear(year.value).slice(0, 3) };
		}
	}
	if (j > i) {
		const d = DECADE_WORDS.get(lowerAt(ctx, j));
		if (d !== undefined) {
			// Without a century the decade is this century's if it has begun, else the last one's.
			const base = ctx.dct ? Math.floor(ctx.dct.y / 100) : 19;
			const century = ctx.dct && (ctx.dct.y % 100) / 10 < d ? base - 1 : base;
			return { start: i, end: j + 1, type: 'DATE', value: `${century}${d}` };
		}
	}
	return null;
}

/** "the 19th century" is 18; "the 5th century BC" is BC04 and "the third century AD" 02. */
export function century(ctx: Context, i: number): Match | null {
	const j = withThe(ctx, i);
	const ord = readOrdinal(ctx, j);
	if (!ord || ord.value < 1 || ord.value > 99) return null;
	const k = skipHyphen(ctx, ord.end);
	if (lowerAt(ctx, k) !== 'century') return null;
	const era = readEra(ctx, k + 1);
	const value = String(ord.value - 1).padStart(2, '0');
	if (era?.value === 'BC') return { start: i, end: era.end, type: 'DATE', value: `BC${value}` };
	if (ord.value > 22) return null;
	return { start: i, end: era ? era.end : k + 1, type: 'DATE', value };
}

/** "2019", "fiscal 1998", "the year 2000", "FY1998" (TimeBank writes fiscal years as years). */
/** Nouns a number names rather than dates: "Flight 1549", "Room 1600", "Interstate 1995". */
const LABELS = new Set(
	'flight room route highway interstate suite gate terminal bill article section chapter resolution platform bus train apartment unit model no number'.split(
		' '
	)
);

/**
 * Names that take a number only capitalised: a union's "Local 1207", an auction's "Lot 1871"
 * (dev10); "the local 2019 election" is a year.
 */
const CAPITAL_LABELS = new Set(['Local', 'Lot']);

/** Capitals that do date a year: an era, a fiscal year. */
const ERAS = new Set(['AD', 'BC', 'CE', 'BCE', 'FY']);

/**
 * A catalogue's letters: "LHS 1140 b", "HD 2094", "NGC 1300" (dev10) name a star, a planet, a
 * galaxy. Only in mixed-case text: in a headline of capitals, "FOUNDED IN 1921" is a year.
 */
function catalogue(ctx: Context, i: number): boolean {
	const letters = ctx.tokens[i - 1]?.text ?? '';
	if (!/^[A-Z]{2,4}$/.test(letters) || ERAS.has(letters)) return false;
	const before = ctx.tokens[i - 2]?.text ?? '';
	return /\p{Ll}/u.test(before);
}

/** Street words: "1600 Pennsylvania Avenue" is an address. */
const STREETS = new Set(
	'avenue ave street st road rd boulevard blvd drive dr lane ln way place plaza square'.split(' ')
);

/** A four-digit number that labels a thing or a place, not a year. */
function label(ctx: Context, i: number, end: number): boolean {
	if (LABELS.has(lowerAt(ctx, i - 1)) || CAPITAL_LABELS.has(ctx.tokens[i - 1]?.text ?? ''))
		return true;
	if (catalogue(ctx, i)) return true;
	// "1199SEIU", "3M": letters joined to the number make a name (a decade's "1990s" is read
	// by its own pattern; "2031ish" is a year, hedged).
	const joinedWord = ctx.tokens[end];
	if (joinedWord?.kind === 'word' && !joinedWord.spaced && joinedWord.lower !== 'ish') return true;
	// "wore No. 1999", "Nos. 1207 and 1208": an abbreviated number.
	if (lowerAt(ctx, i - 1) === '.' && ['no', 'nos'].includes(lowerAt(ctx, i - 2))) return true;
	// "the 1300 block of Main Street"
	if (lowerAt(ctx, end) === 'block') return true;
	const capital = /^\p{Lu}/u.test(ctx.tokens[end]?.text ?? '');
	return capital && (STREETS.has(lowerAt(ctx, end + 1)) || STREETS.has(lowerAt(ctx, end + 2)));
}

export function year(ctx: Context, i: number): Match | null {
	let j = i;
	const w = lowerAt(ctx, i);
	if (w === 'the' && lowerAt(ctx, i + 1) === 'year') j = i + 2;
	else if (w === 'fiscal') j = lowerAt(ctx, i + 1) === 'year' ? i + 2 : i + 1;
	else if (w === 'fy' && ctx.tokens[i + 1]?.kind === 'number') j = i + 1;
	const y = readYear(ctx, j) ?? (j > i ? readSpelledYear(ctx, j) : null);
	if (y && j === i && label(ctx, i, y.end)) return null;
	if (y)
		return {
			start: i,
			end: y.end,
			type: 'DATE',
			value: formatYear(y.value),
			point: { y: y.value }
		};
	// A year spelled out stands alone only as "nineteen ninety-six" (never "twenty twenty").
	const spelled = readSpelledYear(ctx, i);
	if (spelled && spelled.value >= 1700 && spelled.value < 2000 && spelled.end - i >= 2) {
		return {
			start: i,
			end: spelled.end,
			type: 'DATE',
			value: formatYear(spelled.value),
			point: { y: spelled.value }
		};
	}
	return null;
}
