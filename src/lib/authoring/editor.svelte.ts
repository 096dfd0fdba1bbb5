import type { FuzzyDate, SourceRef, Timeline, TimelineEvent } from '../timeline/types';
import * as edits from './edits';

const HISTORY_LIMIT = 300;

/**
 * What an undo step did, as data rather than words: the page says it in its own language
 * (`sayStep` and the editor's `steps` words), so Undo and Redo are named as the fields are.
 */
export type StepName =
	| {
			did:
				| 'timelineTitle'
				| 'eventTitle'
				| 'summary'
				| 'startDate'
				| 'endDate'
				| 'keepDate'
				| 'delete'
				| 'merge'
				| 'split'
				| 'add'
				| 'restoreLocal';
	  }
	| { did: 'addArticle'; title: string }
	| { did: 'restoreRevision'; revision: number };

/** A version to undo or redo to, and how many merges with other editors' saves it had seen. */
interface Step {
	timeline: Timeline;
	name: StepName;
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
	/** What undo and redo would do, for their buttons' names. */
	readonly undoStep = $derived<StepName | null>(this.#past.at(-1)?.name ?? null);
	readonly redoStep = $derived<StepName | null>(this.#future.at(-1)?.name ?? null);

	constructor(timeline: Timeline) {
		this.timeline = timeline;
	}

	/**
	 * Records an edit. With a `key` (a field being typed in), it joins the previous edit of the
	 * same key instead of adding a step.
	 */
	apply(name: StepName, next: Timeline, key: string | null = null): void {
		if (next === this.timeline) return;
		if (key === null || key !== this.#openKey) {
			this.#past = [...this.#past, this.#step(name)].slice(-HISTORY_LIMIT);
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
		this.#future = [...this.#future, this.#step(last.name)];
		this.timeline = this.#restored(last);
		this.#openKey = null;
		this.version++;
	}

	redo(): void {
		const next = this.#future.at(-1);
		if (!next) return;
		this.#future = this.#future.slice(0, -1);
		this.#past = [...this.#past, this.#step(next.name)];
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

	#step(name: StepName): Step {
		return { timeline: this.timeline, name, merges: this.#merges.length };
	}

	/** A step's timeline with the merges made since it was left. */
	#restored(step: Step): Timeline {
		let timeline = step.timeline;
		for (const rebase of this.#merges.slice(step.merges)) timeline = rebase(timeline);
		return timeline;
	}

	/** Replaces the timeline as an undoable step (a restored revision, an added article). */
	replace(timeline: Timeline, name: StepName): void {
		this.seal();
		this.apply(name, timeline);
	}

	setTitle(title: string): void {
		this.apply({ did: 'timelineTitle' }, edits.setTimelineTitle(this.timeline, title), 'title');
	}

	setEventTitle(id: string, title: string): void {
		this.apply({ did: 'eventTitle' }, edits.setEventTitle(this.timeline, id, title), `title:${id}`);
	}

	setEventSummary(id: string, summary: string): void {
		this.apply(
			{ did: 'summary' },
			edits.setEventSummary(this.timeline, id, summary),
			`summary:${id}`
		);
	}

	setDate(id: string, which: 'start' | 'end', date: FuzzyDate | undefined): void {
		this.seal();
		this.apply(
			{ did: which === 'end' ? 'endDate' : 'startDate' },
			edits.setEventDate(this.timeline, id, which, date)
		);
	}

	confirmDate(id: string): void {
		this.seal();
		this.apply({ did: 'keepDate' }, edits.confirmStartDate(this.timeline, id));
	}

	remove(id: string): void {
		this.seal();
		this.apply({ did: 'delete' }, edits.deleteEvent(this.timeline, id));
	}

	merge(keepId: string, otherId: string): void {
		this.seal();
		this.apply({ did: 'merge' }, edits.mergeEvents(this.timeline, keepId, otherId));
	}

	split(id: string): string {
		this.seal();
		const { timeline, newId } = edits.splitEvent(this.timeline, id);
		this.apply({ did: 'split' }, timeline);
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
		this.apply({ did: 'add' }, timeline);
		return id;
	}
}
