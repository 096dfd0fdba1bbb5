import type { Timeline, TimelineEvent } from '../timeline/types';

/**
 * What an editor changed in a draft since the revision it builds on, small enough to keep in
 * the browser after every keystroke at any size: a 100,000-event draft is 31 MB of JSON, more
 * than a browser's localStorage holds and far too much to write out per keystroke, while an
 * editor's changes are a few events. Edits replace what they change and share the rest
 * (TimelineEditor), so the changed events are found by identity in one pass.
 */
export interface DraftChanges {
	/** Fields of the timeline other than its events that differ, and those it no longer has. */
	fields: Partial<Omit<Timeline, 'events'>>;
	dropped: string[];
	/** Events changed or added, each with the id of the event before it (null: the first). */
	events: { event: TimelineEvent; after: string | null }[];
	removed: string[];
	/** Every event's id in order, only when events kept their content but not their order. */
	order?: string[];
}

export function changesBetween(base: Timeline, current: Timeline): DraftChanges {
	const changes: DraftChanges = { fields: {}, dropped: [], events: [], removed: [] };
	const keys = new Set([...Object.keys(base), ...Object.keys(current)]);
	for (const key of keys) {
		if (key === 'events') continue;
		const k = key as keyof Omit<Timeline, 'events'>;
		if (base[k] === current[k]) continue;
		if (k in current) (changes.fields as Record<string, unknown>)[k] = current[k];
		else changes.dropped.push(k);
	}
	// Most edits change a few events in place: the runs both drafts share at either end are
	// skipped by identity, and only the stretch between is looked up by id.
	const [from, to] = [base.events, current.events];
	let head = 0;
	while (head < from.length && head < to.length && from[head] === to[head]) head++;
	let tail = 0;
	while (
		tail < from.length - head &&
		tail < to.length - head &&
		from[from.length - 1 - tail] === to[to.length - 1 - tail]
	)
		tail++;
	const was = from.slice(head, from.length - tail);
	const now = to.slice(head, to.length - tail);
	const position = new Map(was.map((e, i) => [e.id, i]));
	const kept = new Set<string>();
	let last = -1;
	let reordered = false;
	now.forEach((event, i) => {
		kept.add(event.id);
		const at = position.get(event.id);
		if (at !== undefined) {
			if (at < last) reordered = true;
			last = at;
		}
		if (at === undefined || was[at] !== event) {
			const before = i > 0 ? now[i - 1] : to[head - 1];
			changes.events.push({ event, after: before ? before.id : null });
		}
	});
	for (const event of was) if (!kept.has(event.id)) changes.removed.push(event.id);
	if (reordered) changes.order = to.map((e) => e.id);
	return changes;
}

/**
 * The draft the changes make of `onto`: the revision they were made from gives back the
 * editor's draft; a newer one (another editor saved since) gives theirs with these changes on
 * top, for the editor to compare and merge.
 */
export function applyChanges(onto: Timeline, changes: DraftChanges): Timeline {
	const result = { ...onto, ...changes.fields } as Timeline;
	for (const key of changes.dropped) delete (result as unknown as Record<string, unknown>)[key];
	const removed = new Set(changes.removed);
	const changed = new Map(changes.events.map((c) => [c.event.id, c.event]));
	const present = new Set(onto.events.map((e) => e.id));
	// New events follow the event they were added after, in the order they were added.
	const following = new Map<string | null, TimelineEvent[]>();
	for (const { event, after } of changes.events) {
		if (present.has(event.id)) continue;
		following.set(after, [...(following.get(after) ?? []), event]);
	}
	const events: TimelineEvent[] = [];
	const placed = new Set<string>();
	const place = (event: TimelineEvent) => {
		if (placed.has(event.id)) return;
		placed.add(event.id);
		events.push(event);
		for (const next of following.get(event.id) ?? []) place(next);
	};
	for (const next of following.get(null) ?? []) place(next);
	for (const event of onto.events) {
		if (!removed.has(event.id)) place(changed.get(event.id) ?? event);
	}
	// Added after an event this revision no longer has: at the end, not lost.
	for (const list of following.values()) for (const event of list) place(event);
	if (changes.order) {
		const rank = new Map(changes.order.map((id, i) => [id, i]));
		const at = (e: TimelineEvent) => rank.get(e.id) ?? Infinity;
		events.sort((a, b) => at(a) - at(b));
	}
	result.events = events;
	return result;
}
