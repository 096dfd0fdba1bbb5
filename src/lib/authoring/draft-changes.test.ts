import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzyDate } from '../timeline/fuzzy-date';
import type { Timeline, TimelineEvent } from '../timeline/types';
import { applyChanges, changesBetween } from './draft-changes';
import { TimelineEditor } from './editor.svelte';

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

	it('are what the editor changed, not the draft: a few hundred bytes for one edit of 100,000 events', () => {
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
	});

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
});
