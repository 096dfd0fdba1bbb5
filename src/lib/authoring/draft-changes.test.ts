import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzyDate } from '../timeline/fuzzy-date';
import type { Timeline, TimelineEvent } from '../timeline/types';
import { applyChanges, changesBetween, checkChanges, holdsChanges } from './draft-changes';
import { TimelineEditor } from './editor.svelte';

// A 100,000-event case runs in about 2 s alone and past the 5 s default on a loaded machine:
// this is how long it may hang, not how fast it must be.
const HEAVY = 60_000;

const years = new Map<number, ReturnType<typeof fuzzyDate>>();
const yearDate = (year: number) => {
	if (!years.has(year)) years.set(year, fuzzyDate(String(year), String(year)));
	return years.get(year)!;
};
const ev = (id: string, year: number): TimelineEvent => ({
	id,
	title: `Title ${id}`,
	summary: `Sentence ${id}.`,
	start: yearDate(year),
	end: year % 3 === 0 ? yearDate(year + 2) : undefined,
	source: { article: 'story', start: year, end: year + 5 }
});
const timeline = (n: number): Timeline => ({
	article: 'story',
	title: 'Story',
	published: '2020-06-26',
	events: Array.from({ length: n }, (_, i) => ev(`e${i}`, 1900 + (i % 120)))
});
/** What a draft is after a trip through localStorage. */
const stored = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** One of the editor's edits, on the event at `at` (modulo the events there are). */
type Step = { kind: number; at: number; other: number; text: string };
function run(editor: TimelineEditor, step: Step) {
	const events = editor.timeline.events;
	if (!events.length) return editor.addFromSentence('Later, in 2001, it rose.', ev('x', 1).source);
	const id = events[step.at % events.length]!.id;
	const other = events[step.other % events.length]!.id;
	switch (step.kind) {
		case 0:
			return editor.setEventTitle(id, step.text);
		case 1:
			return editor.setEventSummary(id, step.text);
		case 2:
			return editor.setDate(id, 'start', fuzzyDate('1999', '1999')!);
		case 3:
			return editor.setDate(id, 'end', undefined);
		case 4:
			return editor.remove(id);
		case 5:
			return id !== other && editor.merge(id, other);
		case 6:
			return events.find((e) => e.id === id)?.end && editor.split(id);
		case 7:
			return editor.addFromSentence(`In ${1950 + step.at} it ${step.text}.`, {
				article: 'story',
				start: 500 + step.at,
				end: 520 + step.at
			});
		case 8:
			return editor.setTitle(step.text);
		case 9:
			return editor.undo();
		default:
			return editor.redo();
	}
}
const steps = fc.array(
	fc.record({
		kind: fc.nat(10),
		at: fc.nat(1000),
		other: fc.nat(1000),
		text: fc.string({ maxLength: 12 })
	}),
	{ maxLength: 25 }
);

describe('draft changes', () => {
	it('give back the editor’s draft from the revision it was made from, after any edits', () => {
		fc.assert(
			fc.property(fc.nat(12), steps, (n, edits) => {
				const base = timeline(n);
				const editor = new TimelineEditor(base);
				for (const step of edits) run(editor, step);
				const changes = stored(changesBetween(base, editor.timeline));
				expect(applyChanges(stored(base), changes)).toEqual(stored(editor.timeline));
			}),
			{ numRuns: 300 }
		);
	});

	it(
		'are what the editor changed, not the draft: a few hundred bytes for one edit of 100,000 events',
		() => {
			const base = timeline(100_000);
			const editor = new TimelineEditor(base);
			editor.setEventTitle('e4321', 'Strike ends');
			editor.remove('e99');
			const changes = changesBetween(base, editor.timeline);
			expect(JSON.stringify(base).length).toBeGreaterThan(10_000_000);
			expect(JSON.stringify(changes).length).toBeLessThan(1_000);
			expect(changes.removed).toEqual(['e99']);
			expect(applyChanges(base, changes).events.find((e) => e.id === 'e4321')?.title).toBe(
				'Strike ends'
			);
		},
		HEAVY
	);

	it('put this editor’s changes on a newer revision, keeping what the other editor did', () => {
		const base = timeline(5);
		const mine = new TimelineEditor(base);
		mine.setEventTitle('e1', 'Mine');
		mine.addFromSentence('In 1950 it began.', { article: 'story', start: 600, end: 620 });
		const theirs = new TimelineEditor(base);
		theirs.remove('e3');
		theirs.setEventTitle('e2', 'Theirs');
		const merged = applyChanges(theirs.timeline, stored(changesBetween(base, mine.timeline)));
		expect(merged.events.map((e) => [e.id, e.title])).toEqual([
			['e0', 'Title e0'],
			['e1', 'Mine'],
			['e2', 'Theirs'],
			['e4', 'Title e4'],
			[mine.timeline.events.at(-1)!.id, mine.timeline.events.at(-1)!.title]
		]);
	});

	it('place a run of 50,000 events each added after the one before, in order', () => {
		const base = timeline(2);
		const added = Array.from({ length: 50_000 }, (_, i) => ({
			event: { ...ev(`n${i}`, 1990), title: `Added ${i}` },
			after: i ? `n${i - 1}` : 'e0'
		}));
		const result = applyChanges(base, { fields: {}, dropped: [], removed: [], events: added });
		expect(result.events).toHaveLength(50_002);
		expect(result.events.slice(0, 3).map((e) => e.id)).toEqual(['e0', 'n0', 'n1']);
		expect(result.events.at(-1)!.id).toBe('e1');
	});

	it('tell whether a revision already holds them (a save of them landed on it)', () => {
		const base = timeline(6);
		const editor = new TimelineEditor(base);
		editor.setEventTitle('e2', 'Landed');
		editor.remove('e4');
		editor.setTitle('A new title');
		const sent = stored(changesBetween(base, editor.timeline));
		expect(holdsChanges(stored(editor.timeline), sent)).toBe(true);
		expect(holdsChanges(applyChanges(stored(base), sent), sent)).toBe(true);
		expect(holdsChanges(base, sent)).toBe(false);
		editor.setEventTitle('e2', 'Changed again');
		expect(holdsChanges(editor.timeline, sent)).toBe(false);
	});
});

describe('changes sent from outside', () => {
	const none = { fields: {}, dropped: [], removed: [], events: [] };
	it('pass through when they have the shape of changes', () => {
		const changes = changesBetween(timeline(3), new TimelineEditor(timeline(3)).timeline);
		expect(checkChanges(stored(changes))).toEqual(changes);
		expect(checkChanges({ ...none, order: ['e1', 'e0'] })).toMatchObject({ order: ['e1', 'e0'] });
	});

	it('are refused naming each part that is not as it should be', () => {
		expect(() => checkChanges(null)).toThrow(/^changes: expected \{ fields, dropped, events/);
		expect(() => checkChanges([])).toThrow(/^changes: expected/);
		const wrong = {
			fields: [],
			dropped: 'title',
			removed: [1],
			order: {},
			events: [{ event: { title: 'no id' }, after: null }, { event: { id: 'a' }, after: 7 }, 3]
		};
		let message = '';
		try {
			checkChanges(wrong);
		} catch (e) {
			message = (e as Error).message;
		}
		expect(message.split('\n')).toEqual([
			'changes.fields: expected an object of the timeline’s fields',
			'changes.dropped: expected an array of event ids',
			'changes.removed[0]: expected a string',
			'changes.order: expected an array of event ids',
			'changes.events[0]: expected { event: { id, … }, after }',
			'changes.events[1].after: expected the id of the event before it, or null',
			'changes.events[2]: expected { event: { id, … }, after }'
		]);
	});

	it('are refused when they hold more entries than a timeline may have events', () => {
		expect(() =>
			checkChanges({ ...none, removed: Array.from({ length: 100_001 }, (_, i) => `e${i}`) })
		).toThrow(/changes\.removed: has 100001 entries; a timeline holds at most 100000/);
	});
});
