import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { TimelineEditor } from '../../authoring/editor.svelte';
import type { Timeline, TimelineEvent } from '../../timeline/types';
import EventEditor from './EventEditor.svelte';

const event = (inferred: boolean): TimelineEvent => ({
	id: 'e',
	title: 'Lovell radioed Houston',
	summary: 'Lovell radioed Houston.',
	start: {
		text: 'April 13',
		value: '1970-04-13',
		earliest: '1970-04-13T00:00:00.000Z',
		latest: '1970-04-13T23:59:59.999Z',
		precision: 'day',
		...(inferred ? { inferred: true } : {})
	},
	source: { article: 'a', start: 0, end: 23 },
	confidence: inferred ? 0.5 : 0.9
});
const html = (e: TimelineEvent) => {
	const timeline: Timeline = { article: 'a', title: 'A', published: '2025-04-10', events: [e] };
	return render(EventEditor, {
		props: {
			event: e,
			editor: new TimelineEditor(timeline),
			sentenceOf: () => e.summary,
			articleOf: () => null,
			onshowsource: () => {},
			checked: false,
			oncheck: () => {},
			onselect: () => {}
		}
	}).body;
};

describe('EventEditor tells an editor which dates were inferred', () => {
	it('names the words an inferred date was taken from and offers to keep it', () => {
		const inferred = html(event(true));
		expect(inferred).toContain('date inferred');
		expect(inferred).toContain('taken from “April 13”');
		expect(inferred).toContain('keep this date');
		expect(inferred).not.toContain('check date');
	});

	it('shows nothing of the kind for a written date', () => {
		const written = html(event(false));
		expect(written).not.toContain('date inferred');
		expect(written).not.toContain('keep this date');
	});
});

describe('TimelineEditor.confirmDate', () => {
	it('keeps the date, drops the mark, and can be undone', () => {
		const e = event(true);
		const editor = new TimelineEditor({
			article: 'a',
			title: 'A',
			published: '2025-04-10',
			events: [e]
		});
		editor.confirmDate('e');
		expect(editor.timeline.events[0]!.start.inferred).toBeUndefined();
		expect(editor.timeline.events[0]!.start.value).toBe('1970-04-13');
		editor.undo();
		expect(editor.timeline.events[0]!.start.inferred).toBe(true);
	});
});
