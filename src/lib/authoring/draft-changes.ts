import { MAX_EVENTS } from '../timeline/limits';
import { DataError, type Problem } from '../timeline/problems';
import { sameValue } from '../timeline/same-value';
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
		const list = following.get(after);
		if (list) list.push(event);
		else following.set(after, [event]);
	}
	const events: TimelineEvent[] = [];
	const placed = new Set<string>();
	// Depth first, by hand: a run of events each added after the one before is as deep as it
	// is long, and a call per event would overflow the stack at a few thousand.
	const place = (first: TimelineEvent) => {
		const stack = [first];
		while (stack.length) {
			const event = stack.pop()!;
			if (placed.has(event.id)) continue;
			placed.add(event.id);
			events.push(event);
			const next = following.get(event.id);
			if (next) for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]!);
		}
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

/** Whether the changes change nothing. */
export const noChanges = (c: DraftChanges) =>
	!Object.keys(c.fields).length &&
	!c.dropped.length &&
	!c.events.length &&
	!c.removed.length &&
	!c.order;

/**
 * Whether `timeline` already says everything `changes` say: a save of them landed on it (the
 * order of events aside). How a browser knows a newer revision is its own save, sent as the
 * page was left, whose answer never came.
 */
export function holdsChanges(timeline: Timeline, changes: DraftChanges): boolean {
	const fields = timeline as unknown as Record<string, unknown>;
	for (const [key, value] of Object.entries(changes.fields))
		if (key !== 'events' && !sameValue(fields[key], value)) return false;
	if (changes.dropped.some((key) => fields[key] !== undefined)) return false;
	const byId = new Map(timeline.events.map((e) => [e.id, e]));
	if (changes.removed.some((id) => byId.has(id))) return false;
	return changes.events.every(({ event }) => sameValue(byId.get(event.id), event));
}

const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks changes sent from outside (a save's body) before they are applied: their shape only,
 * each problem named by where it is (`changes.events[3].after`). What the events say is checked
 * afterwards, on the whole timeline the changes make, as any saved timeline is.
 */
export function checkChanges(json: unknown, where = 'changes'): DraftChanges {
	const problems: Problem[] = [];
	const at = (path: string, message: string) =>
		problems.push({ where: `${where}${path}`, message });
	if (!isObject(json)) {
		throw new DataError([
			{ where, message: 'expected { fields, dropped, events, removed, order? }' }
		]);
	}
	const ids = (value: unknown, path: string, optional = false) => {
		if (optional && value === undefined) return;
		if (!Array.isArray(value)) return at(path, 'expected an array of event ids');
		if (value.length > MAX_EVENTS)
			return at(path, `has ${value.length} entries; a timeline holds at most ${MAX_EVENTS}`);
		const bad = value.findIndex((id) => typeof id !== 'string');
		if (bad >= 0) at(`${path}[${bad}]`, 'expected a string');
	};
	if (!isObject(json.fields)) at('.fields', 'expected an object of the timeline’s fields');
	ids(json.dropped, '.dropped');
	ids(json.removed, '.removed');
	ids(json.order, '.order', true);
	if (!Array.isArray(json.events)) at('.events', 'expected an array of { event, after }');
	else if (json.events.length > MAX_EVENTS)
		at('.events', `has ${json.events.length} entries; a timeline holds at most ${MAX_EVENTS}`);
	else
		json.events.forEach((change: unknown, i: number) => {
			if (!isObject(change) || !isObject(change.event) || typeof change.event.id !== 'string')
				return at(`.events[${i}]`, 'expected { event: { id, … }, after }');
			if (change.after !== null && typeof change.after !== 'string')
				at(`.events[${i}].after`, 'expected the id of the event before it, or null');
		});
	if (problems.length) throw new DataError(problems.slice(0, 20));
	return json as unknown as DraftChanges;
}
