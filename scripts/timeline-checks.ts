/**
 * The genre check set: six short articles of the kinds editors paste (a court story, company
 * results, an obituary, an anniversary backgrounder, sports, a retold history), written with
 * the timelines a reader expects before the rules of extraction II were changed, and only
 * measured since. Prints, per article, each expected happening with ✓ (found at its date),
 * its title, every extracted event that matches nothing expected (a wrong date, a duplicate, a
 * non-event), and the totals: recall of the required happenings, precision of the events, the
 * share of inferred dates that are right, and titles that read right.
 *
 * `dev2` is a second set written the same way for dates and non-events: deadlines that cross
 * the year, story time, a year naming a law, "since" inside a saying, questions, duplicates.
 * `dev3` is a third, written before the rules it measures: a bare day after a "last year", a
 * date a judge or a council "set … for", "through Friday" told midweek, past weekdays, "a week
 * after the trade", "that fall", a happening told twice. `held-out-dates` was written after
 * those rules (a recall, an appeal, a heat wave, a ballpark vote) and is only measured. `dev4`
 * was written before the rules it measures: a fraud retold by "that spring", "in November" and
 * "the following year", a fire's night told from "early Wednesday" ("at 11:41 p.m.", "shortly
 * before midnight"), a season's quarters and halves that are no fiscal quarters, a school's
 * century retold by past years, "after … in August 2024" as a lower bound, "a year after" an
 * undated happening. `held-out-dates-2` was written after dev4's rules (a transit overrun
 * retold from 2014, a tornado's night, a title game and its season, a retailer's quarter) and is
 * only measured. `dev5` was written before the rules it measures (a verdict with a defendant
 * "who was arrested in 2023", a coffee chain's last "fourth-quarter" told in October, a baker's
 * 1979 retold by "In March" and "until the fall", a coach who "said on Monday that" his runner
 * would run, a theater bought "in 2019 for $1"). `held-out-dates-3` was written after dev5's
 * rules (a bank's quarter, a nurses' strike, a coach's obituary, a spill verdict) and is only
 * measured. `dev6` was written before the rules it measures (a heater recall, a tennis
 * comeback, a bridge reopening, a sentencing, a science finding: habits and general truths, a
 * year naming a model, "Two months later" after a month, "whose daughter's bedroom caught fire
 * in 2025", "is expected to open in 2027"). `held-out-dates-4` was written with it, before any
 * of its rules (a stolen painting returned, a water main's break, a recount, an island's
 * flights), and is only measured. `dev7` was written before the rules it measures (a walnut
 * harvest, a grocery merger blocked in court, a Legionnaires' outbreak, a council recount, a
 * battery plant's job cuts: states and habits, past promises' deadlines, "for the first time
 * since 2015, when …", "two weeks after the agency sued", clock times after "early Tuesday", a
 * happening told twice). `held-out-dates-5` was written with it, before any of its rules (a
 * president's resignation, a river's crest, a restaurant chain's bankruptcy, hikers found), and
 * is only measured. `dev8` was written before the rules it measures (a satellite's delays, a
 * pipeline leak, a ski area's closing, a drug approval, a festival cut short: past promises'
 * deadlines, may/might/could, states and habits, "citizen of the year", amounts, "before … in
 * 2031", "from January to March in 2015", a happening told twice, "next Saturday", a clock time
 * on an explicit past day, "on Friday because of …, and on Saturday because of …", "that winter"
 * after "In January 1992"). `held-out-dates-6` was written with it, before any of its rules (a
 * port strike, tiger cubs, a library's reopening, a mine rescue), and is only measured.
 * `dev9` was written before the rules it measures (an ice storm, a teachers' strike, a cave
 * rescue, an arson verdict, a mayor's election: a quoted "Today" said on a named day, "may last
 * into October" told in September, "trapped for two days" around a rescue, comparisons with a
 * year, "between 2021 and 2024", irregular pasts, a happening told twice, "the winter of 2019").
 * `held-out-dates-7` was written with it, before any of its rules (a plant explosion, a bus
 * strike, a drought's rationing, a referendum), and is only measured. A row's `end` asks for
 * the end of a range as well ("between 2019 and 2024" is 2019 to 2024, not 2019). `dev10` was
 * written before the rules it measures (a hockey season, a comet probe, a transit contract, a
 * museum's purchase, a city budget: "2021-24" as a range, weekdays of a retold week, "the
 * following spring", "a year after she was elected", habits, "had led until the spring", "will
 * not … before November", a quoted "today" ahead of a later vote, "Local 1207", "Apollo 11").
 * `held-out-dates-8` was written with it, before any of its rules (a mountain pass, a crash's
 * anniversary, a hospital merger, an app's lawsuit), and is only measured. `dev11` was written
 * before the rules it measures (a ferry's anniversary, a drug recall, a school board's fight,
 * swimming nationals, a fire season: "the following day" and "three weeks later" after a story's
 * day, "On April 9" after a spring of 1996, records "set in 2019" and race times "in 15:41.22",
 * undated sayings' "today", denied happenings "did not … on Friday", "No one was hurt").
 * `held-out-dates-9` was written with it, before any of its rules (a cycling classic, a dam's
 * anniversary, a factory fire, a vaccine trial), and is only measured. `dev12` was written by
 * someone other than the rules' author, with its expected timelines, before any rule made on it
 * (a county's ransomware attack, a jet engine's blade, a wolf pack's return, an airman's
 * homecoming, a college's probation). `dev13` likewise, for stop 33 (a brewery's trademark trial,
 * a chess prodigy, a famine relief convoy, a highway slide, a frog found again); `dev14` for
 * stop 34 (a solo Atlantic row, a pension fund's hidden losses, a sawmill's restart, school
 * closures, a snow crab quota). `dev15e` was written for stop 39, before the rules it measures,
 * on what is an event (a museum's reopening, a bakery's price rise, a plant's closing, a track
 * record, a levee's breach: "has been closed since 2019", "founded in 1946", habits, plans,
 * yardsticks, a lede's happening told again by its full date, undated follow-ons). `dev15` was written for story time in retellings published on an
 * anniversary, before any rule made on it (a dam's failure, a mine rescue, a satellite caught by
 * hand, Arnhem, an election night that lasted five weeks, a lifeboat's four days at sea, an
 * earthquake: bare day-months near the page's own date, British and American order, "In the
 * small hours of 12 March", "late on the evening of May 9, 1994", quoted witnesses between the
 * story's days, the page's own "On Thursday", "This week" and "Last March" beside them).
 * `dev16e` was written for stop 40, before the rules it measures (a bridge closed to lorries, a
 * library's closing, a polar medal, a comet probe, a cold case, a freighter found: "has been
 * closed since 2019", "stood at 4,000 in 2010", "was worth $1.2 million in 2015", "spent 16
 * months … before returning on 28 March", "after a 26-month cruise", "Now, 32 years later, …
 * In November, …", "This year, … In June, …"). `dev17e` was written for stop 41, before the rules it measures (a school
 * merger, a former mayor charged, a rail line's reopening, a football captain made manager, a
 * family farm's sale, a fraud verdict: a decision told after what it decides, "the board decided
 * on Monday"; a relative date in an aside or a second clause, "Castell, who resigned three days
 * later, had denied … on 4 May 2019", "on 4 August; four days later, …"; a state's start with a
 * "when" clause; states and records that are no events, "has been in the family since 1890",
 * "was unbeaten at home in 2016", "had been the club's captain since 2012").
 *
 * An event matches an expected happening by its sentence, its date and, where the expected
 * words hold a date of the sentence, by those words (`pairEvents`).
 *
 *   npm run bench:genres                  every set
 *   npm run bench:genres -- --set dev3    one set
 */
process.env.TZ = 'UTC';

import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../src/lib/extract/article';
import { extractTimeline } from '../src/lib/extract/events';
import { tagTimexes } from '../src/lib/temporal';
import type { TimelineEvent } from '../src/lib/timeline/types';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const GENRES_DIR = join(ROOT, 'src/lib/extract/fixtures/genres');
/** The second development set: articles written for dating and non-events (issue 13). */
export const DEV2_DIR = join(ROOT, 'src/lib/extract/fixtures/dev2');
/** The third: a court case across years, a hurricane week, a season, a merger, a council. */
export const DEV3_DIR = join(ROOT, 'src/lib/extract/fixtures/dev3');
/** The fourth: a fraud retold over years, a wildfire's week, a season, a school's century, a recall. */
export const DEV4_DIR = join(ROOT, 'src/lib/extract/fixtures/dev4');
/** The fifth: a verdict, a coffee chain's quarter, a baker's obituary, a marathon, a theater's reopening. */
export const DEV5_DIR = join(ROOT, 'src/lib/extract/fixtures/dev5');
/** Written after dev3's rules, to measure them on text they were not made on. */
export const HELD_OUT_DATES_DIR = join(ROOT, 'src/lib/extract/fixtures/held-out-dates');
/** Written after dev4's rules, to measure them on text they were not made on. */
export const HELD_OUT_DATES_2_DIR = join(ROOT, 'src/lib/extract/fixtures/held-out-dates-2');
/** Written after dev5's rules, to measure them on text they were not made on. */
export const HELD_OUT_DATES_3_DIR = join(ROOT, 'src/lib/extract/fixtures/held-out-dates-3');
/** The sixth: a heater recall, a tennis comeback, a bridge reopening, a sentencing, a science finding. */
export const DEV6_DIR = join(ROOT, 'src/lib/extract/fixtures/dev6');
/** Written with dev6, before its rules, to measure them on text they were not made on. */
export const HELD_OUT_DATES_4_DIR = join(ROOT, 'src/lib/extract/fixtures/held-out-dates-4');
/** The seventh: a walnut harvest, a merger blocked in court, an outbreak, a recount, a plant's job cuts. */
export const DEV7_DIR = join(ROOT, 'src/lib/extract/fixtures/dev7');
/** Written with dev7, before its rules, to measure them on text they were not made on. */
export const HELD_OUT_DATES_5_DIR = join(ROOT, 'src/lib/extract/fixtures/held-out-dates-5');
/** The eighth: a satellite's delays, a pipeline leak, a ski area, a drug approval, a festival. */
export const DEV8_DIR = join(ROOT, 'src/lib/extract/fixtures/dev8');
/** Written with dev8, before its rules, to measure them on text they were not made on. */
export const HELD_OUT_DATES_6_DIR = join(ROOT, 'src/lib/extract/fixtures/held-out-dates-6');
/** The ninth: an ice storm, a teachers' strike, a cave rescue, an arson verdict, an election. */
export const DEV9_DIR = join(ROOT, 'src/lib/extract/fixtures/dev9');
/** Written with dev9, before its rules, to measure them on text they were not made on. */
export const HELD_OUT_DATES_7_DIR = join(ROOT, 'src/lib/extract/fixtures/held-out-dates-7');
/** The tenth: a hockey season, a comet probe, a transit contract, a museum's purchase, a budget. */
export const DEV10_DIR = join(ROOT, 'src/lib/extract/fixtures/dev10');
/** Written with dev10, before its rules, to measure them on text they were not made on. */
export const HELD_OUT_DATES_8_DIR = join(ROOT, 'src/lib/extract/fixtures/held-out-dates-8');
/** The eleventh: a ferry's anniversary, a drug recall, a school board, swimming nationals, a fire season. */
export const DEV11_DIR = join(ROOT, 'src/lib/extract/fixtures/dev11');
/** Written with dev11, before its rules, to measure them on text they were not made on. */
export const HELD_OUT_DATES_9_DIR = join(ROOT, 'src/lib/extract/fixtures/held-out-dates-9');
/**
 * The twelfth, written by someone other than the rules' author: a county's ransomware attack, a
 * jet engine's blade, a wolf pack's return, an airman's homecoming, a college's probation.
 */
export const DEV12_DIR = join(ROOT, 'src/lib/extract/fixtures/dev12');
/**
 * The thirteenth, written by someone other than the rules' author: a brewery's trademark trial,
 * a chess prodigy, a famine relief convoy, a highway slide, a frog found again.
 */
export const DEV13_DIR = join(ROOT, 'src/lib/extract/fixtures/dev13');
/**
 * The fourteenth, written for stop 34 by someone other than the rules' author: a solo Atlantic
 * row, a pension fund's hidden losses, a sawmill's restart, two school closures, a snow crab
 * quota.
 */
export const DEV14_DIR = join(ROOT, 'src/lib/extract/fixtures/dev14');
/**
 * The fifteenth, written for stop 39's events work before any rule made on it: a museum's
 * reopening, a bakery's price rise, a plant's closing, a state track record, a levee's breach
 * (states, habits, foundings, plans, yardsticks, a lede's happening told again, undated
 * follow-ons).
 */
export const DEV15E_DIR = join(ROOT, 'src/lib/extract/fixtures/dev15e');
/**
 * The fifteenth, written for story time in anniversary retellings: a dam's failure, a mine
 * rescue, a satellite caught by hand, Arnhem, an election night that lasted five weeks, a
 * lifeboat's four days at sea and an earthquake (long paragraphs, quoted witnesses between days).
 */
export const DEV15_DIR = join(ROOT, 'src/lib/extract/fixtures/dev15');
/**
 * The sixteenth on what is an event, written for stop 40 before any rule made on it: a bridge
 * closed to lorries, a village library's closing, a glaciologist's medal, a comet probe, a cold
 * case and a freighter found (states and levels told with a date, a length between two dates,
 * a retelling that returns to the page's own time).
 */
export const DEV16E_DIR = join(ROOT, 'src/lib/extract/fixtures/dev16e');
/**
 * The seventeenth on what is an event and on story time, written for stop 41 before any rule
 * made on it: a school merger, a former mayor charged, a rail line's reopening, a football
 * captain made manager, a family farm's sale, a fraud verdict (decisions told after what they
 * decide, relative dates in asides, states and records told with a date).
 */
export const DEV17E_DIR = join(ROOT, 'src/lib/extract/fixtures/dev17e');
/**
 * The eighteenth on dates and story time, written for stop 42 before any rule made on it: a
 * rolling mill's reopening, a tower block fire, a storm on a rail line, a sewage inquiry, a
 * bookshop chain's cuts (counts and dates in an aside, a forecast's "next year" beside a past
 * clause, British clock times, dates inside reported speech, "on Tuesday night", "on the night
 * of 4 March", "overnight on Friday").
 */
export const DEV18E_DIR = join(ROOT, 'src/lib/extract/fixtures/dev18e');
/**
 * The nineteenth on dates and events, written for stop 43 before any rule made on it: a
 * substation fire's night, a river's flood nights, a retailer's forecasts, a bridge's history,
 * an enrolment deadline (a length after a clock time, "on Tuesday night, and …", "Overnight,
 * …", a forecast's "them" and "it", a quoted "this decade" and "this year" in a history, "by"
 * and "until" deadlines, a state "kept … until Wednesday night").
 */
export const DEV19E_DIR = join(ROOT, 'src/lib/extract/fixtures/dev19e');
const SETS: Record<string, string> = {
	genres: GENRES_DIR,
	dev2: DEV2_DIR,
	dev3: DEV3_DIR,
	dev4: DEV4_DIR,
	dev5: DEV5_DIR,
	dev6: DEV6_DIR,
	dev7: DEV7_DIR,
	dev8: DEV8_DIR,
	dev9: DEV9_DIR,
	dev10: DEV10_DIR,
	dev11: DEV11_DIR,
	dev12: DEV12_DIR,
	dev13: DEV13_DIR,
	dev14: DEV14_DIR,
	dev15e: DEV15E_DIR,
	dev15: DEV15_DIR,
	dev16e: DEV16E_DIR,
	dev17e: DEV17E_DIR,
	dev18e: DEV18E_DIR,
	dev19e: DEV19E_DIR,
	'held-out-dates': HELD_OUT_DATES_DIR,
	'held-out-dates-2': HELD_OUT_DATES_2_DIR,
	'held-out-dates-3': HELD_OUT_DATES_3_DIR,
	'held-out-dates-4': HELD_OUT_DATES_4_DIR,
	'held-out-dates-5': HELD_OUT_DATES_5_DIR,
	'held-out-dates-6': HELD_OUT_DATES_6_DIR,
	'held-out-dates-7': HELD_OUT_DATES_7_DIR,
	'held-out-dates-8': HELD_OUT_DATES_8_DIR,
	'held-out-dates-9': HELD_OUT_DATES_9_DIR
};

export interface Expected {
	/** Phrases one of which the event's sentence holds. */
	in: string[];
	/** The value (or values) the event's date may have; a prefix matches ("2016" for a week). */
	value: string | string[];
	/** The value the end of its range begins with, where the happening spans years. */
	end?: string;
	inferred?: boolean;
	kind?: 'plan';
	/** Right when present, but not missed when absent. */
	optional?: boolean;
	titles: string[];
}

export interface GenreReport {
	article: string;
	/** Required happenings found at their date, and how many there are. */
	found: number;
	required: number;
	/** Extracted events that match an expected happening, and all extracted events. */
	right: number;
	events: number;
	inferredRight: number;
	inferred: number;
	/** Titles of matched events that read right, of matched events. */
	titlesRight: number;
	lines: string[];
}

const isReport = (e: TimelineEvent) =>
	/(?:publishes this report|This report is published)$/.test(e.title);

function matches(e: TimelineEvent, x: Expected): boolean {
	const values = Array.isArray(x.value) ? x.value : [x.value];
	return (
		x.in.some((p) => e.summary.includes(p)) &&
		values.some((v) => e.start.value.startsWith(v)) &&
		(x.end === undefined || (e.end?.value.startsWith(x.end) ?? false)) &&
		(x.inferred === undefined || (e.start.inferred ?? false) === x.inferred) &&
		(e.kind === 'plan') === (x.kind === 'plan')
	);
}

type Span = [number, number];
const overlaps = (a: Span, b: Span) => a[0] < b[1] && b[0] < a[1];

/**
 * Whether the happening `x` names is the one `e` dates, by the date's words as well as the
 * sentence: where the phrase of `x` holds a date of the sentence, `e` must be dated by those
 * words. Two events of one sentence ("touched down shortly before midnight and crossed Main
 * Street at 12:20 a.m.") then cannot take each other's rows, as they could when a row was
 * matched by its sentence and value alone.
 */
function datedAt(e: TimelineEvent, x: Expected, dates: Span[]): boolean {
	const own: Span[] = [];
	for (let at = e.summary.indexOf(e.start.text); at >= 0 && e.start.text;) {
		own.push([at, at + e.start.text.length]);
		at = e.summary.indexOf(e.start.text, at + 1);
	}
	return x.in.some((p) => {
		const at = e.summary.indexOf(p);
		if (at < 0) return false;
		const held = dates.filter((d) => overlaps(d, [at, at + p.length]));
		return held.length === 0 || held.some((d) => own.some((o) => overlaps(o, d)));
	});
}

/**
 * Pairs events with expected happenings, each at most once, as many pairs as the sentences and
 * dates allow (augmenting paths), so the count does not hang on the order of the events. An
 * entry quoting the event's date words comes first, then one of the event's very value before
 * one its value only begins with: "fired its coach in May of that year" is the May entry's,
 * not the year's of its sentence.
 */
export function pairEvents(events: TimelineEvent[], wanted: Expected[], published: string) {
	const options = events.map((e) => {
		const dates: Span[] = tagTimexes(e.summary, { published })
			.filter((t) => t.type === 'DATE' || t.type === 'TIME')
			.map((t) => [t.start, t.end]);
		const open = wanted.filter((x) => matches(e, x) && datedAt(e, x, dates));
		const exact = (x: Expected) => [x.value].flat().includes(e.start.value);
		// A row that quotes the event's own date words before one that does not: "searched his
		// office that June, and he resigned two weeks later" holds two events of June.
		const own = (x: Expected) =>
			Boolean(e.start.text) && x.in.some((p) => p.includes(e.start.text));
		const rank = (x: Expected) => (own(x) ? 0 : 2) + (exact(x) ? 0 : 1);
		return open.sort((a, b) => rank(a) - rank(b));
	});
	const owner = new Map<Expected, number>();
	const augment = (i: number, seen: Set<Expected>): boolean => {
		for (const x of options[i]!) {
			if (seen.has(x)) continue;
			seen.add(x);
			const j = owner.get(x);
			if (j === undefined || augment(j, seen)) {
				owner.set(x, i);
				return true;
			}
		}
		return false;
	};
	events.forEach((_, i) => augment(i, new Set()));
	return new Map([...owner].map(([x, i]) => [x, events[i]!]));
}

export function runGenreChecks(dir = GENRES_DIR): GenreReport[] {
	const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<
		string,
		Expected[]
	>;
	return Object.entries(expected).map(([slug, wanted]) => {
		const file = join(dir, `${slug}.md`);
		const article = parseArticle(readFileSync(file, 'utf8'), slug, file);
		const events = extractTimeline(article).events.filter((e) => !isReport(e));
		const report: GenreReport = {
			article: slug,
			found: 0,
			required: wanted.filter((x) => !x.optional).length,
			right: 0,
			events: events.length,
			inferredRight: 0,
			inferred: events.filter((e) => e.start.inferred).length,
			titlesRight: 0,
			lines: []
		};
		const matched = pairEvents(events, wanted, article.published);
		const taken = new Set(matched.values());
		const unmatched = events.filter((e) => !taken.has(e));
		for (const [x, e] of matched) {
			report.right++;
			if (e.start.inferred) report.inferredRight++;
			if (x.titles.includes(e.title)) report.titlesRight++;
		}
		for (const x of wanted) {
			const e = matched.get(x);
			if (e && !x.optional) report.found++;
			if (!e && x.optional) continue;
			const mark = e ? (x.titles.includes(e.title) ? '✓' : '✓ date, ✗ title') : '✗ missed';
			const value =
				(Array.isArray(x.value) ? x.value.join('|') : x.value) + (x.end ? `–${x.end}` : '');
			report.lines.push(
				`${mark} [${value}${x.inferred ? ' inferred' : ''}${x.kind ? ` ${x.kind}` : ''}] ${e ? e.title : x.titles[0]}` +
					(e && !x.titles.includes(e.title) ? `\n      want: ${x.titles[0]}` : '')
			);
		}
		for (const e of unmatched)
			report.lines.push(
				`✗ extra [${e.start.value}${e.start.inferred ? ' inferred' : ''}${e.kind ? ` ${e.kind}` : ''}] ${e.title}  ← “${e.summary.slice(0, 70)}…”`
			);
		return report;
	});
}

const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '–');

/** Prints a set's articles, line by line, and its table. */
function printSet(name: string, reports: GenreReport[]) {
	const sum = (k: keyof GenreReport) => reports.reduce((n, r) => n + (r[k] as number), 0);
	console.log(`# ${name}\n`);
	for (const r of reports) {
		console.log(`## ${r.article}`);
		for (const line of r.lines) console.log(line);
		console.log('');
	}
	console.log('| article | required found | events right | inferred right | titles right |');
	console.log('| ------- | -------------: | -----------: | -------------: | -----------: |');
	for (const r of [
		...reports,
		{
			article: 'all',
			found: sum('found'),
			required: sum('required'),
			right: sum('right'),
			events: sum('events'),
			inferredRight: sum('inferredRight'),
			inferred: sum('inferred'),
			titlesRight: sum('titlesRight')
		}
	])
		console.log(
			`| ${r.article} | ${r.found}/${r.required} (${pct(r.found, r.required)}%) | ${r.right}/${r.events} (${pct(r.right, r.events)}%) | ${r.inferredRight}/${r.inferred} | ${r.titlesRight}/${r.right} |`
		);
	console.log('');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	// `-- --set dev2` prints one set; by default both.
	const at = process.argv.indexOf('--set');
	const names = at > 0 ? [process.argv[at + 1] ?? ''] : Object.keys(SETS);
	for (const name of names) {
		const dir = SETS[name];
		if (!dir) {
			console.error(`bench:genres: no set "${name}"; the sets are ${Object.keys(SETS).join(', ')}`);
			process.exit(1);
		}
		printSet(name, runGenreChecks(dir));
	}
}
