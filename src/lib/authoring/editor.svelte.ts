import type { FuzzyDate, SourceRef, Timeline, TimelineEvent } from '../timeline/types';
import * as edits from './edits';

const HISTORY_LIMIT = 300;

/** A version to undo or redo to, and how many merges with other editors' saves it had seen. */
interface Step {
	timeline: Timeline;
	label: string;
	merges: number;
}

/**
 * One timeline being corrected: the current version and every edit before and after it, so
 * each edit undoes and redoes. Keystrokes in one field coalesce into one step until the field
 * is left (`seal()`), the way a text editor's undo works. Timelines are replaced, never
 * mutated, so the history is a list of snapshots that share what did not change.
 */
export class TimelineEditor {
	timeline = $state.raw<Timeline>() as Timeline;
	/** Bumped by every change, undo and redo included: autosave watches it. */
	version = $state(0);
	#past = $state.raw<Step[]>([]);
	#future = $state.raw<Step[]>([]);
	#openKey: string | null = null;
	/** Another editor's saves merged in, in order: each older step takes them in when restored. */
	#merges: ((older: Timeline) => Timeline)[] = [];

	readonly canUndo = $derived(this.#past.length > 0);
	readonly canRedo = $derived(this.#future.length > 0);
	/** What undo and redo would do, for their buttons' labels. */
	readonly undoLabel = $derived(this.#past.at(-1)?.label ?? '');
	readonly redoLabel = $derived(this.#future.at(-1)?.label ?? '');

	constructor(timeline: Timeline) {
		this.timeline = timeline;
	}

	/**
	 * Records an edit. With a `key` (a field being typed in), it joins the previous edit of the
	 * same key instead of adding a step.
	 */
	apply(label: string, next: Timeline, key: string | null = null): void {
		if (next === this.timeline) return;
		if (key === null || key !== this.#openKey) {
			this.#past = [...this.#past, this.#step(label)].slice(-HISTORY_LIMIT);
		}
		this.#openKey = key;
		this.#future = [];
		this.timeline = next;
		this.version++;
	}

	/** Ends the current run of typing: the next keystroke starts a new undo step. */
	seal(): void {
		this.#openKey = null;
	}

	undo(): void {
		const last = this.#past.at(-1);
		if (!last) return;
		this.#past = this.#past.slice(0, -1);
		this.#future = [...this.#future, this.#step(last.label)];
		this.timeline = this.#restored(last);
		this.#openKey = null;
		this.version++;
	}

	redo(): void {
		const next = this.#future.at(-1);
		if (!next) return;
		this.#future = this.#future.slice(0, -1);
		this.#past = [...this.#past, this.#step(next.label)];
		this.timeline = this.#restored(next);
		this.#openKey = null;
		this.version++;
	}

	/**
	 * Takes in another editor's save, merged with this draft (`merged`). It is no step to undo:
	 * undoing it would take their work out of this draft, and the next save out of the timeline.
	 * Every step before and after it takes their save in when it is undone or redone to
	 * (`rebase`, which merges an older version of the draft with it the same way).
	 */
	mergedWith(merged: Timeline, rebase: (older: Timeline) => Timeline): void {
		this.seal();
		this.#merges = [...this.#merges, rebase];
		this.timeline = merged;
		this.version++;
	}

	#step(label: string): Step {
		return { timeline: this.timeline, label, merges: this.#merges.length };
	}

	/** A step's timeline with the merges made since it was left. */
	#restored(step: Step): Timeline {
		let timeline = step.timeline;
		for (const rebase of this.#merges.slice(step.merges)) timeline = rebase(timeline);
		return timeline;
	}

	/** Replaces the timeline as an undoable step (a restored revision, an added article). */
	replace(timeline: Timeline, label: string): void {
		this.seal();
		this.apply(label, timeline);
	}

	setTitle(title: string): void {
		this.apply('edit the title', edits.setTimelineTitle(this.timeline, title), 'title');
	}

	setEventTitle(id: string, title: string): void {
		this.apply('edit a title', edits.setEventTitle(this.timeline, id, title), `title:${id}`);
	}

	setEventSummary(id: string, summary: string): void {
		this.apply(
			'edit a summary',
			edits.setEventSummary(this.timeline, id, summary),
			`summary:${id}`
		);
	}

	setDate(id: string, which: 'start' | 'end', date: FuzzyDate | undefined): void {
		this.seal();
		this.apply(
			`change a${which === 'end' ? 'n end' : ' start'} date`,
			edits.setEventDate(this.timeline, id, which, date)
		);
	}

	confirmDate(id: string): void {
		this.seal();
		this.apply('keep an inferred date', edits.confirmStartDate(this.timeline, id));
	}

	remove(id: string): void {
		this.seal();
		this.apply('delete an event', edits.deleteEvent(this.timeline, id));
	}

	merge(keepId: string, otherId: string): void {
		this.seal();
		this.apply('merge two events', edits.mergeEvents(this.timeline, keepId, otherId));
	}

	split(id: string): string {
		this.seal();
		const { timeline, newId } = edits.splitEvent(this.timeline, id);
		this.apply('split an event', timeline);
		return newId;
	}

	addFromSentence(
		text: string,
		source: SourceRef,
		found?: TimelineEvent | null,
		titleOf?: edits.SentenceTitle
	): string {
		this.seal();
		const { timeline, id } = edits.addEventFromSentence(
			this.timeline,
			{ text, source },
			found,
			titleOf
		);
		this.apply('add an event', timeline);
		return id;
	}
}
