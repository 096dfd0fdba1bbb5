import { sameValue } from '../timeline/same-value';
import type { Timeline, TimelineEvent } from '../timeline/types';

/**
 * What a revision changed, from the revision it was made from: computed from the two documents,
 * in no language (History says it in the page's, `src/lib/i18n/history/`).
 */
export type RevisionChange =
	| { kind: 'created'; events: number; imported: boolean }
	| { kind: 'restored'; from: number }
	| { kind: 'renamed'; title: string }
	| { kind: 'edited'; field: EventField | 'event'; event: string }
	| { kind: 'edited-events'; count: number }
	| { kind: 'added'; count: number; event: string }
	| { kind: 'removed'; count: number; event: string }
	| { kind: 'article'; events: number }
	| { kind: 'unchanged' };

/** The fields of an event an editor changes one at a time in the editor. */
export type EventField = 'title' | 'summary' | 'date';

const FIELDS: Record<EventField, (keyof TimelineEvent)[]> = {
	title: ['title'],
	summary: ['summary'],
	date: ['start', 'end']
};

/** Which of an event's fields differ; `event` when something else (its sources, a merge) did. */
function changedFields(a: TimelineEvent, b: TimelineEvent): (EventField | 'event')[] {
	const fields = (Object.keys(FIELDS) as EventField[]).filter((f) =>
		FIELDS[f].some((key) => !sameValue(a[key], b[key]))
	);
	const known = new Set(Object.values(FIELDS).flat());
	const rest = (e: TimelineEvent) =>
		Object.fromEntries(Object.entries(e).filter(([k]) => !known.has(k as keyof TimelineEvent)));
	return sameValue(rest(a), rest(b)) ? fields : [...fields, 'event'];
}

/**
 * The changes from `before` (the revision this one was made from; null for a timeline's first)
 * to `after`. `note` is what the store wrote with the revision ("restore 3", "extracted <slug>",
 * "import", "imported <file>"): a restore and an added article are told as such.
 */
export function revisionChanges(
	before: Timeline | null,
	after: Timeline,
	note: string | null = null
): RevisionChange[] {
	if (!before)
		return [{ kind: 'created', events: after.events.length, imported: /^import/.test(note ?? '') }];
	const restored = /^restore (\d+)$/.exec(note ?? '');
	if (restored) return [{ kind: 'restored', from: Number(restored[1]) }];
	const changes: RevisionChange[] = [];
	const extracted = /^extracted /.test(note ?? '');
	if (before.title !== after.title) changes.push({ kind: 'renamed', title: after.title });
	const old = new Map(before.events.map((e) => [e.id, e]));
	const kept = new Set<string>();
	const added: TimelineEvent[] = [];
	const edited: [TimelineEvent, (EventField | 'event')[]][] = [];
	for (const e of after.events) {
		const was = old.get(e.id);
		if (!was) {
			added.push(e);
			continue;
		}
		kept.add(e.id);
		if (was === e || sameValue(was, e)) continue;
		edited.push([e, changedFields(was, e)]);
	}
	const removed = before.events.filter((e) => !kept.has(e.id));
	if (edited.length === 1) {
		const [e, fields] = edited[0]!;
		const field = fields.length === 1 ? fields[0]! : 'event';
		changes.push({ kind: 'edited', field, event: e.title });
	} else if (edited.length > 1) changes.push({ kind: 'edited-events', count: edited.length });
	// An added article's events are told as the article's, not one by one.
	if (extracted) changes.unshift({ kind: 'article', events: added.length });
	else if (added.length)
		changes.push({ kind: 'added', count: added.length, event: added[0]!.title });
	if (removed.length)
		changes.push({ kind: 'removed', count: removed.length, event: removed[0]!.title });
	return changes.length ? changes : [{ kind: 'unchanged' }];
}
