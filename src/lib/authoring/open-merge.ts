import type { Timeline, TimelineEvent } from '../timeline/types';
import { findConflicts, side, type Conflicts, type EventConflict } from './conflict';

type Side = ReturnType<typeof side>;

/**
 * The conflicts of a merge that stays open while the editor types on beside it. Found whole
 * once (some 160 ms at 100,000 events); each edit after that is looked at only where it
 * touched the draft. An edit leaves every event it did not touch the same object, so the
 * events it touched are found by identity alone; anything else (an event added, deleted or
 * moved) finds them whole again. Answers as `findConflicts(mine, theirs, base)` does.
 */
export class OpenMerge {
	readonly #theirs: Timeline;
	readonly #base: Timeline | null;
	readonly #b: Map<string, TimelineEvent>;
	readonly #th: Map<string, TimelineEvent>;
	#mine: Timeline;
	#found: Conflicts;
	/** Where each event's question goes, as findConflicts lists them: mine's order, then theirs', then the base's. */
	#rank = new Map<string, number>();

	constructor(mine: Timeline, theirs: Timeline, base: Timeline | null = null) {
		this.#theirs = theirs;
		this.#base = base;
		this.#b = new Map(base?.events.map((e) => [e.id, e]) ?? []);
		this.#th = new Map(theirs.events.map((e) => [e.id, e]));
		this.#mine = mine;
		this.#found = this.#whole(mine);
	}

	get conflicts(): Conflicts {
		return this.#found;
	}

	/** The conflicts with the draft as it stands now. */
	update(mine: Timeline): Conflicts {
		if (mine === this.#mine) return this.#found;
		const touched = touchedEvents(this.#mine, mine);
		const was = this.#mine;
		this.#mine = mine;
		if (!touched) return (this.#found = this.#whole(mine));
		const known = this.#base !== null;
		const settled = { ...this.#found.settled };
		const count = (s: Side, by: 1 | -1) => {
			if (s.by) settled[s.by] += by;
		};
		let events = this.#found.events;
		for (const [id, before, after] of touched) {
			const [base, theirs] = [this.#b.get(id), this.#th.get(id)];
			const old = side(base, before, theirs, known);
			const now = side(base, after, theirs, known);
			count(old, -1);
			count(now, 1);
			events = events.filter((c) => c.id !== id);
			if (now.from === null) {
				const conflict: EventConflict = {
					id,
					...(base ? { base } : {}),
					...(after ? { mine: after } : {}),
					...(theirs ? { theirs } : {})
				};
				const rank = this.#rank.get(id)!;
				const at = events.findIndex((c) => this.#rank.get(c.id)! > rank);
				events =
					at < 0 ? [...events, conflict] : [...events.slice(0, at), conflict, ...events.slice(at)];
			}
		}
		let title = this.#found.title;
		if (was.title !== mine.title) {
			const base = this.#base?.title;
			count(side(base, was.title, this.#theirs.title, known), -1);
			const now = side(base, mine.title, this.#theirs.title, known);
			count(now, 1);
			title = now.from === null ? { mine: mine.title, theirs: this.#theirs.title } : undefined;
		}
		return (this.#found = { ...(title ? { title } : {}), events, settled });
	}

	#whole(mine: Timeline): Conflicts {
		this.#rank = new Map();
		for (const list of [mine.events, this.#theirs.events, this.#base?.events ?? []])
			for (const e of list) if (!this.#rank.has(e.id)) this.#rank.set(e.id, this.#rank.size);
		return findConflicts(mine, this.#theirs, this.#base);
	}
}

/**
 * The events an edit changed, as [id, before, after], when it kept every event where it was
 * (so only changed objects differ); null when it added, deleted or moved one.
 */
function touchedEvents(
	before: Timeline,
	after: Timeline
): [string, TimelineEvent, TimelineEvent][] | null {
	const [a, b] = [before.events, after.events];
	if (a.length !== b.length) return null;
	const touched: [string, TimelineEvent, TimelineEvent][] = [];
	if (a === b) return touched;
	for (let i = 0; i < a.length; i++) {
		if (a[i] === b[i]) continue;
		if (a[i]!.id !== b[i]!.id) return null;
		touched.push([b[i]!.id, a[i]!, b[i]!]);
	}
	return touched;
}
