import type { Timeline, TimelineEvent } from '../timeline/types';
import { sameValue } from '../timeline/same-value';
import { en, type EditorWords } from '../i18n/editor/en';

/**
 * Two editors saved from the same revision (the base): mine was refused because theirs landed
 * first. A three-way merge against that base: what one side changed and the other left as it
 * was is taken from the side that changed it, without a question; only what both changed, each
 * its own way, is a conflict for a person to settle (an event one side deleted and the other
 * edited is one). Compared with theirs alone, mine cannot tell "I changed it" from "they
 * changed it", and keeping my stale copy of an event only they edited undid their edit.
 */
export interface EventConflict {
	id: string;
	/** The event in the revision both started from; absent when both added it. */
	base?: TimelineEvent;
	/** Absent: I deleted it (or never had it). */
	mine?: TimelineEvent;
	/** Absent: they deleted it (or never had it). */
	theirs?: TimelineEvent;
}

export interface Conflicts {
	/** Set when both changed the title, each to another one. */
	title?: { mine: string; theirs: string };
	events: EventConflict[];
	/**
	 * Changes merged without a question: the title and events changed by one side only (a change
	 * both made alike is neither's).
	 */
	settled: { mine: number; theirs: number };
}

export type Choice = 'mine' | 'theirs';

const same = (a: unknown, b: unknown) => a === b || sameValue(a, b);

/**
 * Which side a value comes from, and whose change it is (`by`, for `settled`): the side that
 * changed it from the base; theirs when neither did or both made the same change; a conflict
 * (null) when both changed it differently. Without a base (a browser copy kept whole, from
 * before drafts kept their base) every difference is a conflict, as nothing says who made it.
 * Mine shares with the base what the editor did not touch, so most events cost one comparison.
 */
export function side(
	base: unknown,
	mine: unknown,
	theirs: unknown,
	known: boolean
): { from: Choice | null; by?: Choice } {
	if (!known) return { from: same(mine, theirs) ? 'theirs' : null };
	const mineChanged = !same(base, mine);
	const theirsChanged = !same(base, theirs);
	if (!mineChanged) return theirsChanged ? { from: 'theirs', by: 'theirs' } : { from: 'theirs' };
	if (!theirsChanged) return { from: 'mine', by: 'mine' };
	return { from: same(mine, theirs) ? 'theirs' : null };
}

const byId = (t: Timeline | null | undefined) => new Map(t?.events.map((e) => [e.id, e]) ?? []);

/**
 * Where my draft and theirs conflict, compared with `base`, the revision both were made from:
 * the title and each event both changed differently. Everything else merges by itself
 * (`resolveConflicts`), and `settled` counts it.
 */
export function findConflicts(
	mine: Timeline,
	theirs: Timeline,
	base: Timeline | null = null
): Conflicts {
	const known = base !== null;
	const [b, m, th] = [byId(base), byId(mine), byId(theirs)];
	const settled = { mine: 0, theirs: 0 };
	const events: EventConflict[] = [];
	const ids = new Set([...m.keys(), ...th.keys(), ...b.keys()]);
	for (const id of ids) {
		const [was, a, z] = [b.get(id), m.get(id), th.get(id)];
		const { from, by } = side(was, a, z, known);
		if (by) settled[by]++;
		if (from === null)
			events.push({
				id,
				...(was ? { base: was } : {}),
				...(a ? { mine: a } : {}),
				...(z ? { theirs: z } : {})
			});
	}
	const title = side(base?.title, mine.title, theirs.title, known);
	if (title.by) settled[title.by]++;
	return {
		...(title.from === null ? { title: { mine: mine.title, theirs: theirs.title } } : {}),
		events,
		settled
	};
}

/** Whether a merge needs a person: both changed the title or an event, each their own way. */
export const hasConflicts = (c: Conflicts) => Boolean(c.title) || c.events.length > 0;

/**
 * The merged timeline: theirs, with every change only I made, and the version of each conflict
 * the person chose (mine unless they took theirs). Events follow their order; an event only
 * mine holds follows the event it followed in mine. The timeline's other fields (its articles,
 * story date, extras) merge as the title does, and where both changed one, theirs, saved
 * first, stands: no editor sets them by hand, a job or an import does.
 */
export function resolveConflicts(
	mine: Timeline,
	theirs: Timeline,
	choices: Record<string, Choice> = {},
	titleChoice: Choice = 'mine',
	base: Timeline | null = null
): Timeline {
	const known = base !== null;
	const [b, m, theirsById] = [byId(base), byId(mine), byId(theirs)];
	// Each event is compared once: the comparison is the cost at 100,000 events.
	const picked = new Map<string, TimelineEvent | undefined>();
	const pick = (id: string): TimelineEvent | undefined => {
		if (picked.has(id)) return picked.get(id);
		const [was, a, z] = [b.get(id), m.get(id), theirsById.get(id)];
		const from = side(was, a, z, known).from ?? choices[id] ?? 'mine';
		picked.set(id, from === 'mine' ? a : z);
		return picked.get(id);
	};
	const kept = new Set<string>();
	const events: TimelineEvent[] = [];
	// Events only mine holds, by the nearest event before them in mine that the merge keeps.
	const following = new Map<string | null, TimelineEvent[]>();
	let anchor: string | null = null;
	for (const e of theirs.events) if (pick(e.id)) kept.add(e.id);
	for (const e of mine.events) {
		if (kept.has(e.id)) anchor = e.id;
		else if (!theirsById.has(e.id) && pick(e.id)) {
			const list = following.get(anchor);
			if (list) list.push(e);
			else following.set(anchor, [e]);
		}
	}
	// Loops, not spreads: a list of 100,000 arguments overflows the stack.
	for (const e of following.get(null) ?? []) events.push(e);
	for (const e of theirs.events) {
		const chosen = pick(e.id);
		if (!chosen) continue;
		events.push(chosen);
		for (const added of following.get(e.id) ?? []) events.push(added);
	}
	const fields = mergeFields(mine, theirs, base);
	const title = side(base?.title, mine.title, theirs.title, known).from ?? titleChoice;
	return { ...fields, title: title === 'mine' ? mine.title : theirs.title, events };
}

/**
 * How an older version of my draft (a step to undo back to, or redo) takes in their save once
 * mine was merged with it: that version merged with theirs the same way. Undoing must not take
 * their work out of my draft (the next save would take it out of the timeline): where that
 * older version and theirs both changed something, theirs stands, unless it is the very
 * version of mine the person chose to keep over theirs.
 */
export function rebaseOnMerge(
	mine: Timeline,
	theirs: Timeline,
	base: Timeline | null,
	choices: Record<string, Choice> = {},
	titleChoice?: Choice
): (older: Timeline) => Timeline {
	const kept = byId(mine);
	return (older) => {
		const asked = findConflicts(older, theirs, base);
		const at = byId(older);
		const chosen: Record<string, Choice> = {};
		for (const c of asked.events)
			chosen[c.id] =
				choices[c.id] === 'mine' && same(at.get(c.id), kept.get(c.id)) ? 'mine' : 'theirs';
		const title = titleChoice === 'mine' && older.title === mine.title ? 'mine' : 'theirs';
		return resolveConflicts(older, theirs, chosen, title, base);
	};
}

/** The timeline's fields besides its title and events, each from the side that changed it. */
function mergeFields(mine: Timeline, theirs: Timeline, base: Timeline | null): Timeline {
	const result = { ...theirs } as Record<string, unknown>;
	if (!base) return result as unknown as Timeline;
	const [m, b] = [
		mine as unknown as Record<string, unknown>,
		base as unknown as Record<string, unknown>
	];
	for (const key of new Set([...Object.keys(m), ...Object.keys(result)])) {
		if (key === 'events' || key === 'title') continue;
		if (same(b[key], result[key]) && !same(b[key], m[key])) {
			if (m[key] === undefined) delete result[key];
			else result[key] = m[key];
		}
	}
	return result as unknown as Timeline;
}

/**
 * The one line for a merge that asked nothing: who saved meanwhile (the editor in another tab,
 * or another editor), and that both sets of changes are in.
 */
export function mergedWords(
	savedBy: string | null,
	me: string | null,
	words: EditorWords = en
): string {
	if (savedBy && savedBy === me) return words.mergedByYou;
	return words.mergedBy(savedBy ?? words.anotherEditor);
}

/**
 * Who saved the revision that won, as the editor whose save was refused should hear it: the
 * same editor in another tab (or window) is told so, not that another editor saved.
 */
export function conflictWords(
	savedBy: string | null,
	me: string | null,
	words: EditorWords = en
): { status: string; heading: string } {
	if (savedBy && savedBy === me) return words.conflictYou;
	return {
		status: words.conflictStatus,
		heading: words.conflictHeading(savedBy ?? words.anotherEditor)
	};
}
