import type { Timeline, TimelineEvent } from '../timeline/types';
import { sameValue } from '../timeline/same-value';

/**
 * Two editors saved from the same revision: mine was refused because theirs landed first.
 * The difference, event by event, for a person to settle; nothing is chosen silently.
 */
export interface EventConflict {
	id: string;
	mine?: TimelineEvent;
	theirs?: TimelineEvent;
}

export interface Conflicts {
	/** Set when the two titles differ. */
	title?: { mine: string; theirs: string };
	events: EventConflict[];
}

export type Choice = 'mine' | 'theirs';

/** Where my draft and theirs differ: the title, and each event changed, added or deleted by either. */
export function findConflicts(mine: Timeline, theirs: Timeline): Conflicts {
	const ids = [...new Set([...mine.events.map((e) => e.id), ...theirs.events.map((e) => e.id)])];
	const byId = (t: Timeline) => new Map(t.events.map((e) => [e.id, e]));
	const m = byId(mine);
	const th = byId(theirs);
	const events: EventConflict[] = [];
	for (const id of ids) {
		const a = m.get(id);
		const b = th.get(id);
		// The same object is the same event: drafts share what no edit touched.
		if (a === b || sameValue(a, b)) continue;
		events.push({ id, ...(a ? { mine: a } : {}), ...(b ? { theirs: b } : {}) });
	}
	return {
		...(mine.title !== theirs.title ? { title: { mine: mine.title, theirs: theirs.title } } : {}),
		events
	};
}

/**
 * The timeline both editors agreed on: theirs, with my version of every event (and the title)
 * the person chose to keep. An event only I had is added back if kept; one only they had stays
 * unless I chose my deletion. Order follows theirs, my additions after.
 */
export function resolveConflicts(
	mine: Timeline,
	theirs: Timeline,
	choices: Record<string, Choice>,
	titleChoice: Choice = 'mine'
): Timeline {
	const conflicts = new Map(findConflicts(mine, theirs).events.map((c) => [c.id, c]));
	const events: TimelineEvent[] = [];
	for (const e of theirs.events) {
		const c = conflicts.get(e.id);
		if (!c || (choices[e.id] ?? 'mine') === 'theirs') events.push(e);
		else if (c.mine) events.push(c.mine);
	}
	for (const e of mine.events) {
		const c = conflicts.get(e.id);
		if (c && !c.theirs && (choices[e.id] ?? 'mine') === 'mine') events.push(e);
	}
	return { ...theirs, title: titleChoice === 'mine' ? mine.title : theirs.title, events };
}

/**
 * Who saved the revision that won, as the editor whose save was refused should hear it: the
 * same editor in another tab (or window) is told so, not that another editor saved.
 */
export function conflictWords(
	savedBy: string | null,
	me: string | null
): { status: string; heading: string } {
	if (savedBy && savedBy === me) {
		return {
			status: 'You saved this in another tab: merge below',
			heading: 'You saved this timeline in another tab while editing here'
		};
	}
	return {
		status: 'Another editor saved: merge below',
		heading: `${savedBy ?? 'Another editor'} saved this timeline while you were editing`
	};
}
