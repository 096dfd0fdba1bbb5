import { describe, expect, it } from 'vitest';
import { fuzzyDate } from '../timeline/fuzzy-date';
import type { Timeline, TimelineEvent } from '../timeline/types';
import { rebaseOnMerge, resolveConflicts } from './conflict';
import { setEventTitle } from './edits';
import { TimelineEditor } from './editor.svelte';

const event = (id: string, value: string, confidence = 0.9, text = value): TimelineEvent => ({
	id,
	title: `Title ${id}`,
	summary: `Sentence ${id}.`,
	start: fuzzyDate(text, value)!,
	source: { article: 'story', start: id.length, end: id.length + 10 },
	confidence
});
const timeline = (): Timeline => ({
	article: 'story',
	title: 'Story',
	published: '2020-06-26',
	events: [event('a', '2019'), event('b', '2019-04', 0.4), event('c', '2020-03-21')]
});

describe('TimelineEditor', () => {
	it('undoes and redoes every kind of edit, in order', () => {
		const editor = new TimelineEditor(timeline());
		const original = editor.timeline;
		editor.setEventTitle('a', 'Bounties offered');
		editor.seal();
		editor.setDate('b', 'start', fuzzyDate('late March 2020', '2020-03', 'END')!);
		editor.remove('c');
		editor.merge('a', 'b');
		const id = editor.split('a');
		editor.addFromSentence('On June 1, 2020, the report was briefed.', {
			article: 'story',
			start: 5,
			end: 40
		});
		expect(editor.timeline.events.map((e) => e.id)).toEqual([
			'a',
			id,
			'2020-06-01-on-june-1-2020-the-report-was-briefed'
		]);
		const steps = 6;
		for (let i = 0; i < steps; i++) editor.undo();
		expect(editor.timeline).toBe(original);
		expect(editor.canUndo).toBe(false);
		for (let i = 0; i < steps; i++) editor.redo();
		expect(editor.timeline.events).toHaveLength(3);
		expect(editor.canRedo).toBe(false);
		expect(editor.version).toBe(18);
	});

	it('makes one undo step of a run of keystrokes in one field', () => {
		const editor = new TimelineEditor(timeline());
		for (const title of ['B', 'Bo', 'Bou', 'Bounties']) editor.setEventTitle('a', title);
		editor.setEventTitle('b', 'Other');
		expect(editor.undoStep).toEqual({ did: 'eventTitle' });
		editor.undo();
		expect(editor.timeline.events[0]!.title).toBe('Bounties');
		editor.undo();
		expect(editor.timeline.events[0]!.title).toBe('Title a');
	});

	it('forgets the redo steps once a new edit is made', () => {
		const editor = new TimelineEditor(timeline());
		editor.remove('a');
		editor.undo();
		editor.remove('b');
		expect(editor.canRedo).toBe(false);
		expect(editor.timeline.events.map((e) => e.id)).toEqual(['a', 'c']);
	});
});

describe('undo past a merge with another editor’s save', () => {
	const titles = (t: Timeline) => t.events.map((e) => e.title);

	it('takes back my own edits and keeps theirs: the merge is no step to undo', () => {
		const base = timeline();
		const editor = new TimelineEditor(base);
		editor.setEventTitle('a', 'Ann’s a');
		editor.seal();
		const mine = editor.timeline;
		// Bob renamed b and saved first; his revision came back from the server, a fresh copy.
		const theirs = JSON.parse(JSON.stringify(setEventTitle(base, 'b', 'Bob’s b'))) as Timeline;
		editor.mergedWith(
			resolveConflicts(mine, theirs, {}, 'mine', base),
			rebaseOnMerge(mine, theirs, base)
		);
		expect(titles(editor.timeline)).toEqual(['Ann’s a', 'Bob’s b', 'Title c']);
		expect(editor.undoStep).toEqual({ did: 'eventTitle' });
		editor.undo();
		// It was Ann's step, undone; Bob's rename stays (it undid his work, and her next save
		// took it out of the timeline).
		expect(titles(editor.timeline)).toEqual(['Title a', 'Bob’s b', 'Title c']);
		expect(editor.canUndo).toBe(false);
		editor.redo();
		expect(titles(editor.timeline)).toEqual(['Ann’s a', 'Bob’s b', 'Title c']);
	});

	it('keeps theirs where both changed a thing, unless the version undone to is the one I chose', () => {
		const base = timeline();
		const editor = new TimelineEditor(base);
		editor.setEventTitle('a', 'Ann’s a');
		editor.seal();
		editor.setEventTitle('c', 'Ann’s c');
		editor.seal();
		const mine = editor.timeline;
		const theirs = setEventTitle(setEventTitle(base, 'a', 'Bob’s a'), 'c', 'Bob’s c');
		// Asked about both: Ann keeps her a, takes Bob's c.
		const choices = { a: 'mine', c: 'theirs' } as const;
		editor.mergedWith(
			resolveConflicts(mine, theirs, choices, 'mine', base),
			rebaseOnMerge(mine, theirs, base, choices)
		);
		expect(titles(editor.timeline)).toEqual(['Ann’s a', 'Title b', 'Bob’s c']);
		editor.undo();
		// Her a is the version she chose: it stays; her c was not chosen: Bob's stands.
		expect(titles(editor.timeline)).toEqual(['Ann’s a', 'Title b', 'Bob’s c']);
		editor.undo();
		// Undoing her a leaves Bob's: his work is not taken out of the draft.
		expect(titles(editor.timeline)).toEqual(['Bob’s a', 'Title b', 'Bob’s c']);
	});
});
