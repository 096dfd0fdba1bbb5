/**
 * Happenings counted from another the story has dated: "Police arrested a man two days after
 * the shooting" (after "The shooting, on Jan. 6, …"), "a week after the trade it called up the
 * shortstop" (after "On May 3, the team traded …"). The noun names a happening told before;
 * the date is that one's, moved by the length. Only where the story dated that happening at the
 * precision the length needs, and only for a bare noun: "a year after the deal was announced"
 * names a happening of its own (the announcing), which the story may never have dated, and
 * "two weeks after a shooting" introduces one. Each row is a pattern with its example.
 */
import { formatWeek, parseYmd } from '../temporal/calendar';
import { NUMBER_WORDS } from '../temporal/lexicon';
import { fuzzyDate, shiftedBy } from '../timeline/fuzzy-date';
import type { FuzzyDate } from '../timeline/types';
import { isPastVerb } from './happenings';

export interface CountedFrom {
	/** Offsets in the sentence of the words that date it ("two days after the shooting"). */
	start: number;
	end: number;
	date: FuzzyDate;
}

/**
 * A count's number: a word the tagger reads ("three"), an article ("a week", "the day after the
 * failure"), or digits.
 */
const countOf = (word: string): number =>
	NUMBER_WORDS.get(word.toLowerCase()) ?? (/^(?:an?|the)$/i.test(word) ? 1 : Number(word));

/** A length's unit, as a TIMEX3 duration unit, and the precision its happening must have. */
const UNITS: ReadonlyMap<string, { unit: string; needs: RegExp }> = new Map(
	Object.entries({
		day: { unit: 'D', needs: /^(?:day|time)$/ },
		week: { unit: 'W', needs: /^(?:day|time|week)$/ },
		month: { unit: 'M', needs: /^(?:day|time|week|month)$/ },
		year: { unit: 'Y', needs: /^(?:day|time|week|month|year)$/ }
	})
);

/**
 * Each row names the happening by a noun ("after the shooting") or by the past verb that ends a
 * short clause ("after the agency sued"), which must be a word of the told happening's title.
 */
export const COUNTED_FROM: {
	pattern: RegExp;
	names: 'noun' | 'verb';
	/** Only from a happening its own sentence dates. */
	ownSentence?: boolean;
	example: string;
}[] = [
	{
		pattern:
			/\b((a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(day|week|month|year)s?)\s+(after|before)\s+(?:the|its|his|her|their)\s+([a-z][a-z-]{2,})\b(?:\s+([\w’']+))?/gi,
		names: 'noun',
		example: 'Police arrested a 19-year-old man two days after the shooting.'
	},
	{
		// (The clause ends at the verb: "after the agency sued over the deal" may be another suit.)
		pattern:
			/\b((a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(day|week|month|year)s?)\s+(after|before)\s+(?:the|its|his|her|their)\s+((?:[\w’'-]+\s+){1,2}[a-z]{3,})(?=\s*(?:[.,;]|$))/gi,
		names: 'verb',
		example: "The chain's finance chief resigned two weeks after the agency sued."
	},
	{
		// A clause that goes on to its own date names the happening its sentence dates.
		pattern:
			/\b((a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(day|week|month|year)s?)\s+(after|before)\s+(?:the|its|his|her|their)\s+((?:[\w’'-]+\s+){1,2}[a-z]{3,})\b/gi,
		names: 'verb',
		ownSentence: true,
		example: 'She entered the race a year after the council closed the library in 2023.'
	}
];

/** Words before a count that make it a span's length: "for 34 years before the closure". */
const SPAN_BEFORE = /\b(?:for|over|spent)\s+(?:about\s+|nearly\s+|almost\s+)?$/i;

/** Words after the noun that make it the subject of a clause of its own: "the deal was …". */
const OWN_VERB = /^(?:was|were|is|are|had|has|have|would|could|will)$/i;

/** A word's stem for matching a happening's noun to a title's verb: "trade" and "traded". */
const stem = (word: string) => word.toLowerCase().replace(/(?:ings?|ed|es|s|e)$/, '');

/**
 * Nouns whose verb's past is irregular, with that past: "A week after the freeze" counts from
 * "The commission froze the fund's accounts in March 2023".
 */
const IRREGULAR_PASTS: ReadonlyMap<string, string> = new Map(
	Object.entries({
		freeze: 'froze',
		sale: 'sold',
		fall: 'fell',
		rise: 'rose',
		win: 'won',
		loss: 'lost',
		fight: 'fought',
		shooting: 'shot',
		theft: 'stole',
		meeting: 'met',
		sinking: 'sank',
		choice: 'chose'
	})
);

/**
 * A noun made from its verb, less the ending that made it, for the verb's stem: "closure" and
 * "closed", "failure" and "failed", "arrival", "announcement", "resignation", "election",
 * "discovery".
 */
const verbOfNoun = (noun: string) =>
	noun
		.toLowerCase()
		.replace(/(?:ation|ment|ure|al|ion|y)$/, '')
		.replace(/e$/, '');

/** Whether a title's word names the noun's happening: its stem, or its verb's irregular past. */
const namesHappening = (word: string, noun: string) =>
	stem(word) === stem(noun) ||
	stem(word) === verbOfNoun(noun) ||
	IRREGULAR_PASTS.get(noun.toLowerCase()) === word.toLowerCase();

/**
 * How many days after a happening told only by its month still fall in that month's reach: "a
 * week after the vote", after "voted in March", is about March (it may be early April), the
 * closest the text allows; "three months after" needs no such help, and longer lengths in
 * days or weeks from a month are left alone.
 */
export const MONTH_REACH_DAYS = 14;

/**
 * About a month, `days` after it: "Two weeks later", after "In February", lies between Feb. 15
 * and March 14, valued as February, about; APPROX alone reached back into January, before the
 * happening it is counted from.
 */
export function daysAfterMonth(month: FuzzyDate, days: number, text: string): FuzzyDate | null {
	const about = fuzzyDate(text, month.value, 'APPROX');
	const moved = (iso: string) => new Date(Date.parse(iso) + days * 86_400_000).toISOString();
	return about && { ...about, earliest: moved(month.earliest), latest: moved(month.latest) };
}

/**
 * The lengths of a sentence counted from a happening among `told` (the story's events so far,
 * latest last) whose title has the noun's stem.
 */
export function countedFrom(
	text: string,
	told: { title: string; start: FuzzyDate; here?: boolean }[],
	unique = false
): CountedFrom[] {
	const found: CountedFrom[] = [];
	for (const { pattern, names, ownSentence } of COUNTED_FROM) {
		for (const m of text.matchAll(pattern)) {
			const [, , count, unitWord, direction, named, next] = m;
			// "had worked at the mill for 34 years before the closure": a span's length, no day.
			if (SPAN_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
			// A verb row's words are a subject and its verb: the first past verb after the subject.
			const parts = named!.split(/\s+/);
			const noun =
				names === 'noun'
					? named
					: ownSentence
						? parts.slice(1).find((w) => isPastVerb(w))
						: parts.at(-1);
			if (!noun) continue;
			const n = countOf(count!);
			const unit = UNITS.get(unitWord!.toLowerCase())!;
			if (!n || (next && (OWN_VERB.test(next) || isPastVerb(next.toLowerCase())))) continue;
			const verb = names === 'verb';
			if (verb ? !isPastVerb(noun.toLowerCase()) : stem(noun).length < 3) continue;
			const isItsWord = (w: string) =>
				verb ? w.toLowerCase() === noun.toLowerCase() : namesHappening(w, noun);
			// Not a title that itself counts from the noun: "Jogger observed Kopp's car near
			// Slepian's home 10 days before murder" is the sentence's own event, not the murder,
			// nor "Germany reunified, less than year after border opened" the opening.
			const counts = new RegExp(`\\b(?:after|before)\\s+(?:[\\w’'-]+\\s+){0,3}?${noun}\\b`, 'i');
			const days = n * (unit.unit === 'W' ? 7 : unit.unit === 'D' ? 1 : Infinity);
			const byMonth = days <= MONTH_REACH_DAYS && direction!.toLowerCase() === 'after';
			const fits = (e: (typeof told)[number]) =>
				(unit.needs.test(e.start.precision) || (byMonth && e.start.precision === 'month')) &&
				!e.start.mod &&
				// A year from a happening the story never dated ("The bridge collapsed
				// after years of neglect", inferred at the lede's day) is no date.
				!e.start.inferred &&
				(!ownSentence || e.here) &&
				!counts.test(e.title) &&
				e.title.split(/[^\p{L}'’-]+/u).some(isItsWord);
			const from = [...told].reverse().find(fits);
			if (!from) continue;
			// Counted from anywhere before, the happening must be the only one so named.
			if (unique && told.filter((e) => e.title.split(/[^\p{L}'’-]+/u).some(isItsWord)).length !== 1)
				continue;
			const words = next ? m[0].slice(0, m[0].length - next.length).trimEnd() : m[0];
			const sign = direction!.toLowerCase() === 'after' ? 1 : -1;
			const date =
				from.start.precision === 'month'
					? byMonth
						? daysAfterMonth(from.start, days, words)
						: aboutMonthsFrom(from.start, n, unit.unit, words, sign)
					: lengthFrom(from.start, `P${n}${unit.unit}`, words, sign);
			// A clause told to its own date is the count's words to its end: the title is the
			// main clause's ("She entered the race"), not the counted-from one's.
			const rest = text.slice(m.index + m[0].length).search(/[,;](?=\s)|\.(?=\s|$)/);
			const end = !ownSentence
				? m.index + words.length
				: rest < 0
					? text.length
					: m.index + m[0].length + rest;
			// (Two rows may read the same words.)
			if (date && !found.some((f) => f.start === m.index))
				found.push({ start: m.index, end, date });
		}
	}
	return found;
}

/**
 * About the month a count of months or years from a month-dated happening reaches: "a year
 * after the closure", after "closed the mill in April 2023", is about April 2024 (dev14); a
 * length of days or weeks past the month's reach names no month of its own, so stays about the
 * happening's.
 */
function aboutMonthsFrom(
	month: FuzzyDate,
	n: number,
	unit: string,
	words: string,
	sign: 1 | -1
): FuzzyDate | null {
	const reached =
		unit === 'M' || unit === 'Y' ? shiftedBy(month, `P${n}${unit}`, words, sign) : null;
	return fuzzyDate(words, (reached ?? month).value, 'APPROX');
}

/**
 * The date a length from a happening names: counted from its day, or from a week's first day
 * by weeks to a week, by months or years to a month ("Three weeks later [2023-W28], she moved
 * to Fort Lauderdale. A year after the move, she made her first national team" is July 2024,
 * as precise as a year's count may say); a week has no day to count days from.
 */
function lengthFrom(
	from: FuzzyDate,
	duration: string,
	words: string,
	sign: 1 | -1
): FuzzyDate | null {
	if (from.precision !== 'week') return shiftedBy(dayOf(from), duration, words, sign);
	const unit = duration.slice(-1);
	const monday = fuzzyDate(words, from.earliest.slice(0, 10));
	const shifted = monday && unit !== 'D' ? shiftedBy(monday, duration, words, sign) : null;
	const ymd = shifted && parseYmd(shifted.value);
	if (!ymd) return null;
	return fuzzyDate(words, unit === 'W' ? formatWeek(ymd) : shifted.value.slice(0, 7));
}

/** A time's day ("Saturday afternoon" is Saturday): lengths count days, not hours. */
const dayOf = (date: FuzzyDate): FuzzyDate =>
	date.precision === 'time' ? (fuzzyDate(date.text, date.value.slice(0, 10)) ?? date) : date;

/** "three weeks later", "two days earlier": a length told from the story's last happening. */
const TOLD_LENGTH =
	/^(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(day|week)s?\s+(later|earlier)$/i;

/**
 * "the next week", "the following day", "the week after": one unit on from the story's last
 * happening ("Two months after the fire, St. Brendan's laid off 120 workers. Nurses picketed the
 * hospital the next week" is the week after the layoffs, not after the fire the tagger last saw).
 */
const TOLD_NEXT = /^the\s+(?:next|following)\s+(day|week)$|^the\s+(day|week)\s+after$/i;

/**
 * The date a length from the story's last happening names ("Park hit a home run in his first
 * game, and three weeks later he was named rookie of the month", after "a week after the trade
 * it called up the shortstop"), counted from that happening's day; null when the words are no
 * such length or the last happening has no day. Asked only when that happening was itself
 * counted from another (countedFrom), or dated by a week: the tagger counts from the last date
 * written, which knows nothing of the one and gives the other no day to count from.
 */
export function laterThan(text: string, last: FuzzyDate | null): FuzzyDate | null {
	const next = TOLD_NEXT.exec(text);
	const m = next ? ['', 'one', next[1] ?? next[2]!, 'later'] : TOLD_LENGTH.exec(text);
	if (!m || !last || last.mod) return null;
	const n = countOf(m[1]!);
	const unit = UNITS.get(m[2]!.toLowerCase())!.unit;
	// A week counts on by weeks from its first day ("The following week, the Sanger Complex
	// destroyed 300 homes. Three weeks later, crews contained it"); it names no day to count
	// days from.
	const week = last.precision === 'week' && unit === 'W';
	if (!week && !/^(?:day|time)$/.test(last.precision)) return null;
	const from = week ? fuzzyDate(text, last.earliest.slice(0, 10)) : dayOf(last);
	if (!from) return null;
	const day = shiftedBy(from, `P${n}${unit}`, text, m[3]!.toLowerCase() === 'later' ? 1 : -1);
	// A length in weeks names a week, as the tagger's own "three weeks later" does.
	const ymd = day && unit === 'W' ? parseYmd(day.value) : null;
	return ymd ? fuzzyDate(text, formatWeek(ymd)) : day;
}

/** "that winter", "that same fall": a season of the story's year. */
const TOLD_SEASON = /^that\s+(?:same\s+)?(spring|summer|fall|autumn|winter)$/i;
const SEASON_CODES: Readonly<Record<string, string>> = {
	spring: 'SP',
	summer: 'SU',
	fall: 'FA',
	autumn: 'FA',
	winter: 'WI'
};

/**
 * The season "that winter" names after a happening counted from another, which the tagger
 * never saw ("A year after the move, she made her first national team [July 2024]. She swam 70
 * kilometers a week that winter" is 2024-WI, not the winter after the move): of that
 * happening's year, a winter the one its month closes (January to March) or the one ahead, as
 * the tagger reads a season after a date (`seasonOfStory`). Null for other words.
 */
export function seasonOfCounted(text: string, last: FuzzyDate | null): FuzzyDate | null {
	const m = TOLD_SEASON.exec(text);
	if (!m || !last || !/^(?:day|time|week|month)$/.test(last.precision)) return null;
	// (Deep time's signed years are left to the tagger.)
	if (!/^\d{4}-/.test(last.earliest)) return null;
	const [y, month] = last.earliest.slice(0, 7).split('-').map(Number) as [number, number];
	const s = SEASON_CODES[m[1]!.toLowerCase()]!;
	const year = s === 'WI' && month <= 3 ? y - 1 : y;
	return fuzzyDate(text, `${String(year).padStart(4, '0')}-${s}`);
}

/**
 * A length after a clause that tells a happening the story dated elsewhere: "A year after she
 * was hired" (after "Coach Dana Ruiz was hired in June 2021"), "a week after talks collapsed"
 * (after "Talks collapsed on April 22"), "A year after the lander touched down", "Two months
 * after she was elected" (dev10). The clause's first past verb (or a passive's participle) must
 * be a word of exactly one happening told before in the article, dated once, at a precision the
 * length can count from, not inferred and no plan; and the clause's other words must name it too
 * (a pronoun subject, or a noun of its title): otherwise no date, for a wrong one costs a reader
 * more than a missing one.
 */
const AFTER_CLAUSE =
	/\b((a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(day|week|month|year)s?)\s+(after|before)\s+([^,.;:!?]{3,80})/gi;

/** Subjects that name whoever the story told of: the clause needs no noun of the title. */
const PRONOUNS = /^(?:she|he|they|it|we|i)$/i;
/** Words of a clause that name nothing of a happening. */
const FUNCTION_WORDS =
	/^(?:the|a|an|its|his|her|their|our|my|was|were|had|been|to|of|in|on|at|for|from|with|by|and|down|up|out|off|over|into|that|this)$/i;
/** Passive auxiliaries before a participle: "after she was elected". */
const PASSIVE = /^(?:was|were)$/i;

export function countedFromClause(
	text: string,
	told: { title: string; start: FuzzyDate; end?: FuzzyDate; kind?: string }[]
): CountedFrom[] {
	const found: CountedFrom[] = [];
	for (const m of text.matchAll(AFTER_CLAUSE)) {
		const [, , count, unitWord, direction, clause] = m;
		const words = clause!.trim().split(/\s+/);
		// The clause's verb: the first past form, or the participle after "was"/"were".
		const at = words.findIndex(
			(w, k) => k > 0 && (isPastVerb(w.toLowerCase()) || (k > 1 && PASSIVE.test(words[k - 1]!)))
		);
		if (at < 1 || at > 4) continue;
		const verb = words[at]!.toLowerCase();
		if (!isPastVerb(verb)) continue;
		const subject = words.slice(0, PASSIVE.test(words[at - 1]!) ? at - 1 : at);
		const others = [...subject, ...words.slice(at + 1, at + 4)]
			.map((w) => w.replace(/['’]s$/, ''))
			.filter((w) => !FUNCTION_WORDS.test(w) && !PRONOUNS.test(w));
		const pronoun = subject.length === 1 && PRONOUNS.test(subject[0]!);
		if (!pronoun && others.length === 0) continue;
		const n = countOf(count!);
		const unit = UNITS.get(unitWord!.toLowerCase())!;
		const titleWords = (e: { title: string }) => e.title.toLowerCase().split(/[^\p{L}'’-]+/u);
		// Not a title that itself counts from the clause (as in countedFrom).
		const counts = new RegExp(`\\b(?:after|before)\\s+(?:[\\w’'-]+\\s+){0,3}?${verb}\\b`, 'i');
		const naming = told.filter((e) => titleWords(e).includes(verb) && !counts.test(e.title));
		// Dated exactly once: one happening of that verb, with one date.
		if (naming.length !== 1) continue;
		const from = naming[0]!;
		if (from.kind === 'plan' || from.end || from.start.mod || from.start.inferred) continue;
		if (!unit.needs.test(from.start.precision)) continue;
		if (!pronoun && !others.some((w) => titleWords(from).some((t) => stem(t) === stem(w))))
			continue;
		const sign = direction!.toLowerCase() === 'after' ? 1 : -1;
		// The date's words as written: the length to the clause's verb.
		const clauseAt = m.index + m[0].length - clause!.length;
		const verbEnd = [...clause!.matchAll(/\S+/g)][at]!;
		const phrase = text.slice(m.index, clauseAt + verbEnd.index + verbEnd[0].length);
		const date = lengthFrom(from.start, `P${n}${unit.unit}`, phrase, sign);
		if (date) found.push({ start: m.index, end: m.index + m[0].length, date });
	}
	return found;
}
