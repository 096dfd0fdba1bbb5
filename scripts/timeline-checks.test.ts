import { describe, expect, it } from 'vitest';
import {
	DEV2_DIR,
	DEV3_DIR,
	DEV4_DIR,
	HELD_OUT_DATES_DIR,
	DEV5_DIR,
	DEV6_DIR,
	DEV7_DIR,
	DEV8_DIR,
	DEV9_DIR,
	DEV10_DIR,
	DEV11_DIR,
	DEV12_DIR,
	DEV13_DIR,
	DEV14_DIR,
	DEV15E_DIR,
	DEV16E_DIR,
	DEV17E_DIR,
	DEV18E_DIR,
	DEV19E_DIR,
	DEV15_DIR,
	HELD_OUT_DATES_6_DIR,
	HELD_OUT_DATES_7_DIR,
	HELD_OUT_DATES_8_DIR,
	HELD_OUT_DATES_9_DIR,
	HELD_OUT_DATES_5_DIR,
	HELD_OUT_DATES_4_DIR,
	HELD_OUT_DATES_2_DIR,
	HELD_OUT_DATES_3_DIR,
	pairEvents,
	runGenreChecks,
	type Expected
} from './timeline-checks';
import type { TimelineEvent } from '../src/lib/timeline/types';

describe('pairing events with expected happenings', () => {
	const summary =
		'The tornado touched down west of town shortly before midnight and crossed Main Street at 12:20 a.m.';
	const event = (text: string, value: string) =>
		({ title: '', summary, start: { text, value } }) as unknown as TimelineEvent;
	const wanted: Expected[] = [
		{ in: ['touched down west of town shortly before midnight'], value: '2026-05-02', titles: [] },
		{ in: ['crossed Main Street at 12:20 a.m.'], value: '2026-05-03', titles: [] }
	];

	it('pairs two events of one sentence each with the happening its date words name', () => {
		const right = [
			event('shortly before midnight', '2026-05-02TNI'),
			event('12:20 a.m.', '2026-05-03T00:20')
		];
		const pairs = pairEvents(right, wanted, '2026-05-04');
		expect(pairs.get(wanted[0]!)).toBe(right[0]);
		expect(pairs.get(wanted[1]!)).toBe(right[1]);
	});

	it('lets no event take the row of another date of its sentence', () => {
		// Both wrong: before midnight read as the next day, 12:20 a.m. as the evening's day.
		const swapped = [
			event('shortly before midnight', '2026-05-03T00:00'),
			event('12:20 a.m.', '2026-05-02T00:20')
		];
		expect(pairEvents(swapped, wanted, '2026-05-04').size).toBe(0);
	});

	it('pairs an event with a row whose words hold no date by its sentence and value alone', () => {
		const row: Expected = { in: ['The tornado touched down'], value: '2026-05-02', titles: [] };
		const e = event('shortly before midnight', '2026-05-02TNI');
		expect(pairEvents([e], [row], '2026-05-04').get(row)).toBe(e);
	});

	it('pairs a row with an end only with an event whose range ends there', () => {
		const row: Expected = {
			in: ['Between 2021 and 2024, teacher pay rose'],
			value: '2021',
			end: '2024',
			titles: []
		};
		const at = (end?: string) =>
			({
				title: '',
				summary: 'Between 2021 and 2024, teacher pay rose 4 percent.',
				start: { text: '2021', value: '2021' },
				...(end ? { end: { text: '2024', value: end } } : {})
			}) as unknown as TimelineEvent;
		expect(pairEvents([at()], [row], '2026-09-18').size).toBe(0);
		const range = at('2024');
		expect(pairEvents([range], [row], '2026-09-18').get(row)).toBe(range);
	});
});

describe('the genre check set (npm run bench:genres)', () => {
	const reports = runGenreChecks();
	const sum = (k: 'found' | 'required' | 'right' | 'events' | 'inferredRight' | 'inferred') =>
		reports.reduce((n, r) => n + r[k], 0);

	it('holds six articles of six kinds', () => {
		expect(reports.map((r) => r.article).sort()).toEqual(
			['anniversary', 'court', 'history', 'obituary', 'results', 'sports'].sort()
		);
	});

	it('finds at least 46 of the 48 required happenings at their dates', () => {
		expect(sum('found'), reports.flatMap((r) => r.lines).join('\n')).toBeGreaterThanOrEqual(46);
	});

	it('puts no more than two events at a wrong date, twice, or where nothing happened', () => {
		expect(
			sum('events') - sum('right'),
			reports.flatMap((r) => r.lines).join('\n')
		).toBeLessThanOrEqual(2);
		expect(sum('inferredRight')).toBe(sum('inferred'));
	});
});

describe('the second development set (npm run bench:genres -- --set dev2)', () => {
	const reports = runGenreChecks(DEV2_DIR);
	const sum = (k: 'found' | 'required' | 'right' | 'events' | 'inferredRight' | 'inferred') =>
		reports.reduce((n, r) => n + r[k], 0);
	const lines = () => reports.flatMap((r) => r.lines).join('\n');

	it('holds eight articles: five written for it and three nobody had tuned on', () => {
		expect(reports.map((r) => r.article).sort()).toEqual(
			[
				'chipmaker',
				'final',
				'hurricane',
				'obituary',
				'quarter',
				'resignation',
				'sentencing',
				'wildfire'
			].sort()
		);
	});

	it('finds at least 68 of the 70 required happenings at their dates', () => {
		expect(sum('found'), lines()).toBeGreaterThanOrEqual(68);
	});

	it('puts no more than two events at a wrong date, twice, or where nothing happened', () => {
		expect(sum('events') - sum('right'), lines()).toBeLessThanOrEqual(2);
		expect(sum('inferredRight')).toBe(sum('inferred'));
	});
});

describe('the third development set (npm run bench:genres -- --set dev3)', () => {
	const reports = runGenreChecks(DEV3_DIR);
	const sum = (k: 'found' | 'required' | 'right' | 'events' | 'inferredRight' | 'inferred') =>
		reports.reduce((n, r) => n + r[k], 0);
	const lines = () => reports.flatMap((r) => r.lines).join('\n');

	it('holds five articles written for it before its rules', () => {
		expect(reports.map((r) => r.article).sort()).toEqual(
			['food-bank-trial', 'hurricane-week', 'merger-saga', 'school-closings', 'season-recap'].sort()
		);
	});

	it('finds at least 49 of the 51 required happenings at their dates', () => {
		expect(sum('found'), lines()).toBeGreaterThanOrEqual(49);
	});

	// The one event not expected is inferred: "Many held signs reading 'Save Lincoln.'" at the
	// council meeting's day, a happening the expected timeline (written first) left out.
	it('puts no more than one event at a wrong date, twice, or where nothing happened', () => {
		expect(sum('events') - sum('right'), lines()).toBeLessThanOrEqual(1);
		expect(sum('inferred') - sum('inferredRight'), lines()).toBeLessThanOrEqual(1);
	});
});

describe('the fourth development set (npm run bench:genres -- --set dev4)', () => {
	const reports = runGenreChecks(DEV4_DIR);
	const sum = (k: 'found' | 'required' | 'right' | 'events') =>
		reports.reduce((n, r) => n + r[k], 0);
	const lines = () => reports.flatMap((r) => r.lines).join('\n');

	it('holds five articles written for it before its rules', () => {
		expect(reports.map((r) => r.article).sort()).toEqual(
			[
				'cold-creek-fire',
				'ebike-recall',
				'hawks-season',
				'lincoln-century',
				'ponzi-sentencing'
			].sort()
		);
	});

	// Before its rules (main at 70c9152): 45/58 found, 52/70 right; with them 57/58 and 66/69
	// (development figures). dev5's rules take it to 58/58 and 68/68 ("until the fall" of 1958
	// and "that October" after it; "after the 2016 hoverboard fires" in a description's clause).
	it('finds all 58 required happenings at their dates and puts no event wrong', () => {
		expect(sum('found'), lines()).toBe(58);
		expect(sum('events') - sum('right'), lines()).toBe(0);
	});
});

describe('the fifth development set (npm run bench:genres -- --set dev5)', () => {
	const reports = runGenreChecks(DEV5_DIR);
	const sum = (k: 'found' | 'required' | 'right' | 'events') =>
		reports.reduce((n, r) => n + r[k], 0);
	const lines = () => reports.flatMap((r) => r.lines).join('\n');

	it('holds five articles written for it before its rules', () => {
		expect(reports.map((r) => r.article).sort()).toEqual(
			[
				'baker-obituary',
				'coffee-quarter',
				'marathon',
				'rialto-reopening',
				'treasurer-verdict'
			].sort()
		);
	});

	// Before its rules (main at 20b3525): 45/53 found, 56/76 right; with them (development
	// figures) 51/53 and 61/72.
	it('finds at least 51 of the 53 required happenings at their dates', () => {
		expect(sum('found'), lines()).toBeGreaterThanOrEqual(51);
	});

	it('puts no more than 11 events at a wrong date, twice, or where nothing happened', () => {
		expect(sum('events') - sum('right'), lines()).toBeLessThanOrEqual(10);
	});
});

describe('the held-out set of the dates rules (npm run bench:genres -- --set held-out-dates)', () => {
	const reports = runGenreChecks(HELD_OUT_DATES_DIR);
	const sum = (k: 'found' | 'required' | 'right' | 'events') =>
		reports.reduce((n, r) => n + r[k], 0);
	const lines = () => reports.flatMap((r) => r.lines).join('\n');

	it('holds four articles written after the rules of dev3, measured and never tuned on', () => {
		expect(reports.map((r) => r.article).sort()).toEqual(
			['appeal', 'ballpark', 'heat-wave', 'recall'].sort()
		);
	});

	// Before those rules (main at 03abdf9): 26/29 found, 32/33 right; blind with them 28/29,
	// 35/36; its one wrong event then called for the `once` rows of SAME_VERBS.
	it('finds at least 28 of the 29 required happenings and puts no event wrong', () => {
		expect(sum('found'), lines()).toBeGreaterThanOrEqual(28);
		expect(sum('events') - sum('right'), lines()).toBe(0);
	});
});

describe('the held-out set of the dev4 rules (npm run bench:genres -- --set held-out-dates-2)', () => {
	const reports = runGenreChecks(HELD_OUT_DATES_2_DIR);
	const sum = (k: 'found' | 'required' | 'right' | 'events') =>
		reports.reduce((n, r) => n + r[k], 0);
	const lines = () => reports.flatMap((r) => r.lines).join('\n');

	it('holds four articles written after the rules of dev4, measured and never tuned on', () => {
		expect(reports.map((r) => r.article).sort()).toEqual(
			['retailer-quarter', 'title-game', 'tornado-night', 'transit-overrun'].sort()
		);
	});

	// Before the dev4 rules (a2eb17b): 22/33 found, 31/44 right; blind with them (ac91b10):
	// 28/33 found, 36/44 right, the untuned figure. Three rules it then called for (a year
	// closing its sentence, a night past midnight, a report's full year) take it to 32/33 and
	// 43/44, a development figure; dev5's rule for a saying's length takes it to 33/33 and 44/44.
	it('finds all 33 required happenings and puts no event wrong', () => {
		expect(sum('found'), lines()).toBe(33);
		expect(sum('events') - sum('right'), lines()).toBe(0);
	});
});

describe('the held-out set of the dev5 rules (npm run bench:genres -- --set held-out-dates-3)', () => {
	const reports = runGenreChecks(HELD_OUT_DATES_3_DIR);
	const sum = (k: 'found' | 'required' | 'right' | 'events') =>
		reports.reduce((n, r) => n + r[k], 0);
	const lines = () => reports.flatMap((r) => r.lines).join('\n');

	it('holds four articles written after the rules of dev5, measured before any rule', () => {
		expect(reports.map((r) => r.article).sort()).toEqual(
			['bank-results', 'coach-obituary', 'nurses-strike', 'spill-verdict'].sort()
		);
	});

	// Blind with dev5's rules: 37/40 found, 43/47 right (the same at 20b3525, before them). One
	// bug it showed (a thousands separator taken for a clause's comma) was then fixed: 38/40 and
	// 44/47, a development figure.
	it('finds at least 38 of the 40 required happenings and puts no more than three events wrong', () => {
		expect(sum('found'), lines()).toBeGreaterThanOrEqual(38);
		expect(sum('events') - sum('right'), lines()).toBeLessThanOrEqual(3);
	});
});

describe('the sixth development set (npm run bench:genres -- --set dev6)', () => {
	const reports = runGenreChecks(DEV6_DIR);
	const sum = (k: 'found' | 'required' | 'right' | 'events') =>
		reports.reduce((n, r) => n + r[k], 0);
	const lines = () => reports.flatMap((r) => r.lines).join('\n');

	it('holds five articles written for it before its rules', () => {
		expect(reports.map((r) => r.article).sort()).toEqual(
			[
				'ancient-seeds',
				'balcony-sentencing',
				'bridge-reopening',
				'heater-recall',
				'tennis-comeback'
			].sort()
		);
	});

	// Before its rules (main at c5103ae): 30/39 found, 37/46 right; with dev10's 38/39 and 45/46.
	it('finds at least 38 of the 39 required happenings at their dates', () => {
		expect(sum('found'), lines()).toBeGreaterThanOrEqual(38);
	});

	it('puts no more than 1 event at a wrong date, twice, or where nothing happened', () => {
		expect(sum('events') - sum('right'), lines()).toBeLessThanOrEqual(1);
	});
});

describe('the held-out set of the dev6 rules (npm run bench:genres -- --set held-out-dates-4)', () => {
	const reports = runGenreChecks(HELD_OUT_DATES_4_DIR);
	const sum = (k: 'found' | 'required' | 'right' | 'events') =>
		reports.reduce((n, r) => n + r[k], 0);
	const lines = () => reports.flatMap((r) => r.lines).join('\n');

	it('holds four articles written with dev6, before its rules, measured and never tuned on', () => {
		expect(reports.map((r) => r.article).sort()).toEqual(
			['island-flights', 'sheriff-recount', 'stolen-painting', 'water-main'].sort()
		);
	});

	// Untuned: at c5103ae, before the rules, 15/22 found and 21/30 right; with them 15/22 and 21/29.
	it('finds at least 15 of the 22 required happenings and puts no more than 8 events wrong', () => {
		expect(sum('found'), lines()).toBeGreaterThanOrEqual(15);
		expect(sum('events') - sum('right'), lines()).toBeLessThanOrEqual(8);
	});
});

describe('the seventh development set (npm run bench:genres -- --set dev7)', () => {
	const reports = runGenreChecks(DEV7_DIR);
	const sum = (k: 'found' | 'required' | 'right' | 'events') =>
		reports.reduce((n, r) => n + r[k], 0);
	const lines = () => reports.flatMap((r) => r.lines).join('\n');

	it('holds five articles written for it before its rules', () => {
		expect(reports.map((r) => r.article).sort()).toEqual(
			[
				'battery-plant',
				'grocery-merger',
				'legionnaires-outbreak',
				'walnut-harvest',
				'ward-recount'
			].sort()
		);
	});

	// Before its rules (main at 902d6c7): 38/43 found, 46/60 right.
	it('finds at least 38 of the 43 required happenings at their dates', () => {
		expect(sum('found'), lines()).toBeGreaterThanOrEqual(38);
	});

	it('puts no more than 14 events at a wrong date, twice, or where nothing happened', () => {
		expect(sum('events') - sum('right'), lines()).toBeLessThanOrEqual(14);
	});
});

describe('the held-out set of the dev7 rules (npm run bench:genres -- --set held-out-dates-5)', () => {
	const reports = runGenreChecks(HELD_OUT_DATES_5_DIR);
	const sum = (k: 'found' | 'required' | 'right' | 'events') =>
		reports.reduce((n, r) => n + r[k], 0);

	it('holds four articles written with dev7, before its rules, measured and never tuned on', () => {
		expect(reports.map((r) => r.article).sort()).toEqual(
			['hikers-found', 'president-resigns', 'restaurant-bankruptcy', 'river-flood'].sort()
		);
	});

	// Untuned, before dev7's rules (main at 902d6c7): 36/37 found, 46/53 right. Its lines are not
	// printed here, so that a failure does not show the rows to whoever tunes dev7.
	it('finds at least 36 of the 37 required happenings and puts no more than 7 events wrong', () => {
		expect(sum('found')).toBeGreaterThanOrEqual(36);
		expect(sum('events') - sum('right')).toBeLessThanOrEqual(7);
	});
});

describe('the eighth development set (npm run bench:genres -- --set dev8)', () => {
	const reports = runGenreChecks(DEV8_DIR);
	const sum = (k: 'found' | 'required' | 'right' | 'events') =>
		reports.reduce((n, r) => n + r[k], 0);
	const lines = () => reports.flatMap((r) => r.lines).join('\n');

	it('holds five articles written for it before its rules', () => {
		expect(reports.map((r) => r.article).sort()).toEqual(
			[
				'drug-approval',
				'festival-cancelled',
				'pipeline-leak',
				'satellite-launch',
				'ski-season'
			].sort()
		);
	});

	// Before its rules (main at fc89a36): 29/35 found, 49/67 right; with them 35/35 and 55/59.
	it('finds all 35 required happenings at their dates', () => {
		expect(sum('found'), lines()).toBeGreaterThanOrEqual(35);
	});

	it('puts no more than 4 events at a wrong date, twice, or where nothing happened', () => {
		expect(sum('events') - sum('right'), lines()).toBeLessThanOrEqual(4);
	});
});

describe('the held-out set of the dev8 rules (npm run bench:genres -- --set held-out-dates-6)', () => {
	const reports = runGenreChecks(HELD_OUT_DATES_6_DIR);
	const sum = (k: 'found' | 'required' | 'right' | 'events') =>
		reports.reduce((n, r) => n + r[k], 0);

	it('holds four articles written with dev8, before its rules, measured and never tuned on', () => {
		expect(reports.map((r) => r.article).sort()).toEqual(
			['library-reopens', 'mine-rescue', 'port-strike', 'zoo-cubs'].sort()
		);
	});

	// Untuned, before dev8's rules (main at fc89a36): 20/31 found, 35/51 right; with them, read
	// after them, 29/31 and 44/47 (30/31 and 45/47 with dev9's). Its lines are not printed here, so that a failure does not show
	// the rows to whoever tunes the next set.
	it('finds at least 29 of the 31 required happenings and puts no more than 3 events wrong', () => {
		expect(sum('found')).toBeGreaterThanOrEqual(29);
		expect(sum('events') - sum('right')).toBeLessThanOrEqual(3);
	});
});

describe('the ninth development set (npm run bench:genres -- --set dev9)', () => {
	const reports = runGenreChecks(DEV9_DIR);
	const sum = (k: 'found' | 'required' | 'right' | 'events') =>
		reports.reduce((n, r) => n + r[k], 0);
	const lines = () => reports.flatMap((r) => r.lines).join('\n');

	it('holds five articles written for it before its rules', () => {
		expect(reports.map((r) => r.article).sort()).toEqual(
			['arson-verdict', 'cave-rescue', 'ice-storm', 'mayor-election', 'teachers-strike'].sort()
		);
	});

	// Before its rules (main at d970d3b): 41/43 found, 51/62 right; with them 42/43 and 54/58;
	// with dev10's 43/43 and 55/55.
	it('finds all 43 required happenings at their dates', () => {
		expect(sum('found'), lines()).toBeGreaterThanOrEqual(43);
	});

	it('puts no event at a wrong date, twice, or where nothing happened', () => {
		expect(sum('events') - sum('right'), lines()).toBeLessThanOrEqual(0);
	});
});

describe('the held-out set of the dev9 rules (npm run bench:genres -- --set held-out-dates-7)', () => {
	const reports = runGenreChecks(HELD_OUT_DATES_7_DIR);
	const sum = (k: 'found' | 'required' | 'right' | 'events') =>
		reports.reduce((n, r) => n + r[k], 0);

	it('holds four articles written with dev9, before its rules, measured and never tuned on', () => {
		expect(reports.map((r) => r.article).sort()).toEqual(
			['bus-strike', 'drought-rationing', 'plant-explosion', 'referendum-night'].sort()
		);
	});

	// Untuned, before dev9's rules (main at d970d3b): 31/33 found, 43/48 right; with them, not
	// read, 32/33 and 44/47. Its lines are not printed here, so that a failure does not show the
	// rows to whoever tunes the next set. 33/33 and 45/47 once a report's clock times count from
	// the day of what its lede reports, not from the day it was said (dev18e's rule; the one row
	// it moved was read to check it).
	it('finds all 33 required happenings and puts no more than 2 events wrong', () => {
		expect(sum('found')).toBeGreaterThanOrEqual(33);
		expect(sum('events') - sum('right')).toBeLessThanOrEqual(2);
	});
});

describe('the tenth development set (npm run bench:genres -- --set dev10)', () => {
	const reports = runGenreChecks(DEV10_DIR);
	const sum = (k: 'found' | 'required' | 'right' | 'events') =>
		reports.reduce((n, r) => n + r[k], 0);
	const lines = () => reports.flatMap((r) => r.lines).join('\n');

	it('holds five articles written for it before its rules', () => {
		expect(reports.map((r) => r.article).sort()).toEqual(
			['city-budget', 'comet-probe', 'hockey-season', 'museum-painting', 'transit-contract'].sort()
		);
	});

	// Before its rules (main at b684525): 25/47 found, 26/55 right; with year ranges and names'
	// numbers 31/47 and 32/53; with denied bounds and pluperfect states 31/47 and 32/44; with
	// present schedules 32/43; with weekdays of a retold week, "the next year" and "the
	// following spring" counted from the story 37/47 and 38/43; with lengths after a clause
	// dated elsewhere ("a year after she was hired") 42/47 and 43/49; with "Ahead of the vote
	// on Thursday" and a quotation going on into its own sentence 44/47 and 45/49; with dev11's
	// season reaching its next paragraph and a run-up saying's "today" 47/47 and 48/49.
	it('finds all 47 required happenings at their dates', () => {
		expect(sum('found'), lines()).toBe(47);
	});

	it('puts no more than 1 event at a wrong date, twice, or where nothing happened', () => {
		expect(sum('events') - sum('right'), lines()).toBeLessThanOrEqual(1);
	});
});

describe('the held-out set of the dev10 rules (npm run bench:genres -- --set held-out-dates-8)', () => {
	const reports = runGenreChecks(HELD_OUT_DATES_8_DIR);
	const sum = (k: 'found' | 'required' | 'right' | 'events') =>
		reports.reduce((n, r) => n + r[k], 0);

	it('holds four articles written with dev10, before its rules, measured and never tuned on', () => {
		expect(reports.map((r) => r.article).sort()).toEqual(
			['app-lawsuit', 'crash-anniversary', 'hospital-merger', 'pass-reopens'].sort()
		);
	});

	// Untuned, before dev10's rules (main at b684525): 18/32 found, 24/46 right; with them, not
	// read (cd5d8da), 30/32 and 35/39; with "1199SEIU" no year, 30/32 and 35/38. Its lines are not
	// printed here, so that a failure does not show the rows to whoever tunes the next set.
	it('finds at least 30 of the 32 required happenings and puts no more than 3 events wrong', () => {
		expect(sum('found')).toBeGreaterThanOrEqual(30);
		expect(sum('events') - sum('right')).toBeLessThanOrEqual(3);
	});
});
describe('the eleventh development set (npm run bench:genres -- --set dev11)', () => {
	const reports = runGenreChecks(DEV11_DIR);
	const sum = (k: 'found' | 'required' | 'right' | 'events') =>
		reports.reduce((n, r) => n + r[k], 0);
	const lines = () => reports.flatMap((r) => r.lines).join('\n');

	it('holds five articles written for it before its rules', () => {
		expect(reports.map((r) => r.article).sort()).toEqual(
			['drug-recall', 'ferry-anniversary', 'fire-season', 'school-board', 'swim-nationals'].sort()
		);
	});

	// Before its rules (main at 3e61573): 37/43 found, 42/59 right; with its rules 43/43 and
	// 49/51 (race times, records, denials, story time after a counted happening or a week).
	it('finds all 43 required happenings at their dates', () => {
		expect(sum('found'), lines()).toBe(43);
	});

	it('puts no more than 2 events at a wrong date, twice, or where nothing happened', () => {
		expect(sum('events') - sum('right'), lines()).toBeLessThanOrEqual(2);
	});
});

describe('the held-out set of the dev11 rules (npm run bench:genres -- --set held-out-dates-9)', () => {
	const reports = runGenreChecks(HELD_OUT_DATES_9_DIR);
	const sum = (k: 'found' | 'required' | 'right' | 'events') =>
		reports.reduce((n, r) => n + r[k], 0);

	it('holds four articles written with dev11, before its rules, measured and never tuned on', () => {
		expect(reports.map((r) => r.article).sort()).toEqual(
			['cycling-classic', 'dam-anniversary', 'factory-fire', 'vaccine-trial'].sort()
		);
	});

	// Untuned, before dev11's rules (main at 3e61573): 28/31 found, 33/40 right; with them, read
	// only after the last (c9f893d), 29/31 and 33/36; with a retelling stepping on by a season
	// across a paragraph (a rule made on a blind article, not on this set) 31/31 and 35/36. Its
	// lines are not printed here, so that a failure does not show the rows to whoever tunes the
	// next set.
	it('finds all 31 required happenings and puts no more than 1 event wrong', () => {
		expect(sum('found')).toBe(31);
		expect(sum('events') - sum('right')).toBeLessThanOrEqual(1);
	});
});

describe('the twelfth development set (npm run bench:genres -- --set dev12)', () => {
	const reports = runGenreChecks(DEV12_DIR);
	const sum = (k: 'found' | 'required' | 'right' | 'events') =>
		reports.reduce((n, r) => n + r[k], 0);
	const lines = () => reports.flatMap((r) => r.lines).join('\n');

	it("holds five articles written by someone other than the rules' author", () => {
		expect(reports.map((r) => r.article).sort()).toEqual(
			[
				'airman-homecoming',
				'college-probation',
				'county-ransomware',
				'engine-blade',
				'wolf-pack'
			].sort()
		);
	});

	// Untuned, before any rule made on it (main at 167b366, and cc19850): 70/85 found, 75/89 right.
	it('finds at least 70 of its 85 required happenings at their dates', () => {
		expect(sum('found'), lines()).toBeGreaterThanOrEqual(70);
	});

	it('puts no more than 14 events at a wrong date, twice, or where nothing happened', () => {
		expect(sum('events') - sum('right'), lines()).toBeLessThanOrEqual(14);
	});
});

describe('the thirteenth development set (npm run bench:genres -- --set dev13)', () => {
	const reports = runGenreChecks(DEV13_DIR);
	const sum = (k: 'found' | 'required' | 'right' | 'events') =>
		reports.reduce((n, r) => n + r[k], 0);
	const lines = () => reports.flatMap((r) => r.lines).join('\n');

	it("holds five articles written by someone other than the rules' author", () => {
		expect(reports.map((r) => r.article).sort()).toEqual(
			['brewery-trademark', 'chess-prodigy', 'famine-relief', 'highway-slide', 'lost-frog'].sort()
		);
	});

	// Untuned, before any rule made on it: 59/72 found, 75/91 right on main at 59d5628; 60/72,
	// 76/91 with stop 33's first three date rules, made on other text.
	it('finds at least 60 of its 72 required happenings at their dates', () => {
		expect(sum('found'), lines()).toBeGreaterThanOrEqual(60);
	});

	it('puts no more than 15 events at a wrong date, twice, or where nothing happened', () => {
		expect(sum('events') - sum('right'), lines()).toBeLessThanOrEqual(15);
	});
});

describe('the fourteenth development set (npm run bench:genres -- --set dev14)', () => {
	const reports = runGenreChecks(DEV14_DIR);
	const sum = (k: 'found' | 'required' | 'right' | 'events') =>
		reports.reduce((n, r) => n + r[k], 0);
	const lines = () => reports.flatMap((r) => r.lines).join('\n');

	it("holds five articles written by someone other than the rules' author", () => {
		expect(reports.map((r) => r.article).sort()).toEqual(
			[
				'atlantic-rower',
				'pension-fund',
				'sawmill-reopens',
				'school-closures',
				'snow-crab-quota'
			].sort()
		);
	});

	// Untuned, before any rule made on it: 77/83 found, 91/111 right on main at 7f5d3fc.
	it('finds at least 77 of its 83 required happenings at their dates', () => {
		expect(sum('found'), lines()).toBeGreaterThanOrEqual(77);
	});

	it('puts no more than 20 events at a wrong date, twice, or where nothing happened', () => {
		expect(sum('events') - sum('right'), lines()).toBeLessThanOrEqual(20);
	});
});

describe('the fifteenth development set, on what is an event (npm run bench:genres -- --set dev15e)', () => {
	const reports = runGenreChecks(DEV15E_DIR);
	const sum = (k: 'found' | 'required' | 'right' | 'events') =>
		reports.reduce((n, r) => n + r[k], 0);
	const lines = () => reports.flatMap((r) => r.lines).join('\n');

	it('holds five articles written before the rules they measure', () => {
		expect(reports.map((r) => r.article).sort()).toEqual(
			[
				'bakery-prices',
				'levee-breach',
				'maritime-museum',
				'sensor-plant',
				'state-track-record'
			].sort()
		);
	});

	// Before any rule made on it: 36/38 found, 40/54 right on main at d9311a5; 40/47 with its
	// yardstick, state and condition rows; 40/45 with a lede told again in an aside or a
	// description; 37/38 and 41/46 with "also" telling another happening; 41/45 with opening
	// hours.
	it('finds at least 37 of its 38 required happenings at their dates', () => {
		expect(sum('found'), lines()).toBeGreaterThanOrEqual(37);
	});

	it('puts no more than 4 events at a wrong date, twice, or where nothing happened', () => {
		expect(sum('events') - sum('right'), lines()).toBeLessThanOrEqual(4);
	});
});

describe('the fifteenth development set (npm run bench:genres -- --set dev15)', () => {
	const reports = runGenreChecks(DEV15_DIR);
	const sum = (k: 'found' | 'required' | 'right' | 'events') =>
		reports.reduce((n, r) => n + r[k], 0);
	const lines = () => reports.flatMap((r) => r.lines).join('\n');

	it('holds seven retellings published on an anniversary', () => {
		expect(reports.map((r) => r.article).sort()).toEqual(
			[
				'arnhem-anniversary',
				'election-night',
				'lifeboat-rescue',
				'mine-rescue',
				'quake-anniversary',
				'space-rescue',
				'valley-flood'
			].sort()
		);
	});

	// Before any rule made on it, on main at d9311a5, its first five articles: 49/57 found, 57/68
	// right; 50/57 and 58/68 once a part of a day before a full date is of that date (e26d4c9).
	// With the two articles of long paragraphs and quotations added then: 58/77 and 69/93; 70/77
	// and 83/94 once a retelling told by days goes on past a witness's quoted paragraph; 76/77
	// and 89/94 once a retold clause's noun, margin or neighbour clause no longer reads as a plan.
	it('finds at least 76 of its 77 required happenings at their dates', () => {
		expect(sum('found'), lines()).toBeGreaterThanOrEqual(76);
	});

	it('puts no more than 5 events at a wrong date, twice, or where nothing happened', () => {
		expect(sum('events') - sum('right'), lines()).toBeLessThanOrEqual(5);
	});
});

describe('the sixteenth development set, on what is an event (npm run bench:genres -- --set dev16e)', () => {
	const reports = runGenreChecks(DEV16E_DIR);
	const sum = (k: 'found' | 'required' | 'right' | 'events') =>
		reports.reduce((n, r) => n + r[k], 0);
	const lines = () => reports.flatMap((r) => r.lines).join('\n');

	it('holds six articles written before the rules they measure', () => {
		expect(reports.map((r) => r.article).sort()).toEqual(
			[
				'bridge-lorries',
				'cold-case',
				'comet-probe',
				'lake-freighter',
				'polar-medal',
				'village-library'
			].sort()
		);
	});

	// Before any rule made on it: 37/46 found, 39/56 right on main at 8f81716; 37/46 and 39/49
	// once a level at a date ("stood at 4,000 in 2010", "was worth $1.2 million in 2015") is a
	// yardstick; 41/46 and 44/48 once a history that comes back to the page's time ("Now, 32
	// years later, the case has a suspect", "This year, …") dates its bare months from the page;
	// 45/46 and 48/48 once a length between two dates picks the year ("spent 16 months … before
	// returning on 28 March").
	it('finds at least 45 of its 46 required happenings at their dates', () => {
		expect(sum('found'), lines()).toBeGreaterThanOrEqual(45);
	});

	it('puts no event at a wrong date, twice, or where nothing happened', () => {
		expect(sum('events') - sum('right'), lines()).toBeLessThanOrEqual(0);
	});
});

describe('the seventeenth development set, on what is an event and story time (npm run bench:genres -- --set dev17e)', () => {
	const reports = runGenreChecks(DEV17E_DIR);
	const sum = (k: 'found' | 'required' | 'right' | 'events') =>
		reports.reduce((n, r) => n + r[k], 0);
	const lines = () => reports.flatMap((r) => r.lines).join('\n');

	it('holds six articles written before the rules they measure', () => {
		expect(reports.map((r) => r.article).sort()).toEqual(
			[
				'family-farm',
				'football-captain',
				'fraud-verdict',
				'mayor-charged',
				'rail-line',
				'school-merger'
			].sort()
		);
	});

	// Before any rule made on it: 39/47 found, 42/57 right on main at c9211e1; 39/47 and 42/50
	// once a state in a place or a hand since a year ("has been in the Hollins family since
	// 1890"), a record over a span ("was unbeaten at home in 2016"), a sole place at a date ("was
	// the only woman on the county's dairy board in 1975") and a rate at a date ("carried 400,000
	// passengers a year in 2019") are yardsticks; 41/47 and 44/50 once a length in an aside
	// counts from the date of the clause it interrupts ("Castell, who resigned three days later,
	// had denied any wrongdoing … on 4 May 2019"); 46/47 and 49/55 once a decision told after
	// what it decides ("…, the school board decided on Monday") is its own happening, and what it
	// decides a plan of its own date; 46/47 and 49/51 once a role or a kind held since a year
	// ("had been the club's captain since 2012", "has been a café since 2021") is a state.
	it('finds at least 46 of its 47 required happenings at their dates', () => {
		expect(sum('found'), lines()).toBeGreaterThanOrEqual(46);
	});

	it('puts no more than 2 events at a wrong date, twice, or where nothing happened', () => {
		expect(sum('events') - sum('right'), lines()).toBeLessThanOrEqual(2);
	});
});

describe('the eighteenth development set, on dates and story time (npm run bench:genres -- --set dev18e)', () => {
	const reports = runGenreChecks(DEV18E_DIR);
	const sum = (k: 'found' | 'required' | 'right' | 'events' | 'titlesRight') =>
		reports.reduce((n, r) => n + r[k], 0);
	const lines = () => reports.flatMap((r) => r.lines).join('\n');

	it('holds five articles written before the rules they measure', () => {
		expect(reports.map((r) => r.article).sort()).toEqual(
			['bookshop-chain', 'rolling-mill', 'sewage-inquiry', 'storm-rail', 'tower-block-fire'].sort()
		);
	});

	// Before any rule made on it: 43/47 found, 45/47 right, 20/45 titles on main at 1bf3b53;
	// 44/47, 46/48 and 27/46 once British clock times are read ("10.52pm", "at 9.15 on
	// Wednesday", "at 7.30 the next morning") and count from the day of what the lede reports,
	// not the day it was said; 45/47, 47/49 and 29/47 once a forecast's date dates only the
	// forecast ("…, and Castra expects them to recover next year"); 46/47 and 48/49 once a date
	// inside a quotation dates the speaker's happening, not the day it was said; 47/47 and 49/49
	// once a length after a clock time counts from that clock ("arrived six minutes later").
	it('finds all 47 of its required happenings at their dates', () => {
		expect(sum('found'), lines()).toBeGreaterThanOrEqual(47);
	});

	it('puts no event at a wrong date, twice, or where nothing happened', () => {
		expect(sum('events') - sum('right'), lines()).toBeLessThanOrEqual(0);
	});

	// 32 titles once the lead's and stop 43's first slices are in; 34 once a forecast's "them" is
	// named by the clause before ("Castra expects orders to recover"); 37 once a clause telling
	// what its subject had or held gives way to the dated "when" clause after it ("which employed
	// 1,400 people when it closed in 2021" → "Llanwern rolling mill closed").
	it('titles at least 37 of the happenings it finds as a reader would', () => {
		expect(sum('titlesRight'), lines()).toBeGreaterThanOrEqual(37);
	});
});

describe('the nineteenth development set, on dates and events (npm run bench:genres -- --set dev19e)', () => {
	const reports = runGenreChecks(DEV19E_DIR);
	const sum = (k: 'found' | 'required' | 'right' | 'events' | 'titlesRight') =>
		reports.reduce((n, r) => n + r[k], 0);
	const lines = () => reports.flatMap((r) => r.lines).join('\n');

	it('holds five articles written before the rules they measure', () => {
		expect(reports.map((r) => r.article).sort()).toEqual(
			['enrolment-deadline', 'homeware-results', 'power-cut', 'river-flood', 'tyne-crossing'].sort()
		);
	});

	// Before any rule made on it: 34/36 found, 38/39 right, 23/38 titles on main at c35b1c4; 24
	// titles once a forecast's "them" is named by the clause before ("Board expects margins to
	// widen again"); 37/38 right once "kept it in place until" ends the warning (its fragment had
	// filled an optional row); 25 titles once "Overnight," leaves a title; 26 once a saying's
	// "and it expects" is the body that said it ("Brightwell expects …").
	it('finds at least 34 of its 36 required happenings at their dates', () => {
		expect(sum('found'), lines()).toBeGreaterThanOrEqual(34);
	});

	it('puts no more than 1 event at a wrong date, twice, or where nothing happened', () => {
		expect(sum('events') - sum('right'), lines()).toBeLessThanOrEqual(1);
	});

	it('titles at least 26 of the happenings it finds as a reader would', () => {
		expect(sum('titlesRight'), lines()).toBeGreaterThanOrEqual(26);
	});
});
