import { describe, expect, it } from 'vitest';
import { fuzzyDate } from '../timeline/fuzzy-date';
import type { Timeline, TimelineEvent } from '../timeline/types';
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
		expect(editor.undoLabel).toBe('edit a title');
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
