/**
 * Gold event anchors of a TimeML document: for each EVENT, the TIMEX3 (or the document
 * creation time) a TLINK places it in or around. TimeML links event instances (MAKEINSTANCE)
 * to times in either direction; only the relations that pin an event to a time's range count,
 * not BEFORE/AFTER, which say nothing about where it lies.
 */
import { fuzzyDate, parseCalendarDay } from '../../src/lib/timeline/fuzzy-date';
import { attributes, type EventMention, type TimemlDocument } from './reader';

/** `within`: the event lies inside the time's range; `contains`: the event spans it. */
export type Relation = 'within' | 'contains';

export interface Anchor {
	event: EventMention;
	relation: Relation;
	/** The time's TIMEX3 value and its range, in ms since the epoch (both inclusive). */
	value: string;
	from: number;
	to: number;
	/** Whether the anchor is the document creation time. */
	dct: boolean;
}

/** The relation as read from the event's side, for a link from the event to the time. */
export const FROM_EVENT: Record<string, Relation> = {
	IS_INCLUDED: 'within',
	DURING: 'within',
	SIMULTANEOUS: 'within',
	IDENTITY: 'within',
	BEGINS: 'within',
	ENDS: 'within',
	INCLUDES: 'contains',
	BEGUN_BY: 'contains',
	ENDED_BY: 'contains'
};
/** The same, for a link from the time to the event ("t1 IS_INCLUDED ei9": ei9 spans t1). */
export const FROM_TIME: Record<string, Relation> = {
	IS_INCLUDED: 'contains',
	DURING: 'contains',
	SIMULTANEOUS: 'within',
	IDENTITY: 'within',
	BEGINS: 'contains',
	ENDS: 'contains',
	INCLUDES: 'within',
	BEGUN_BY: 'within',
	ENDED_BY: 'within'
};

/** One anchor per event: the narrowest time it lies within, else the narrowest it spans. */
export function goldAnchors(doc: TimemlDocument): Anchor[] {
	const published = parseCalendarDay(doc.dct);
	if (!published) return [];
	const byInstance = new Map<string, string>();
	for (const m of doc.links.matchAll(/<MAKEINSTANCE([^>]*)>/g)) {
		const a = attributes(m[1]!);
		if (a.eiid && a.eventID) byInstance.set(a.eiid, a.eventID);
	}
	const times = new Map<string, { value: string; from: number; to: number; dct: boolean }>();
	const place = (tid: string, text: string, value: string, mod: string | undefined) => {
		// Vague references ("recently", "the future") place nothing precisely enough to judge.
		if (/^(?:PAST|FUTURE)_REF$/.test(value)) return;
		const date = fuzzyDate(text, value, mod as never, published);
		if (date) {
			const from = Date.parse(date.earliest);
			const to = Date.parse(date.latest);
			times.set(tid, { value, from, to, dct: tid === 't0' });
		}
	};
	place('t0', doc.dct, doc.dct, undefined);
	doc.timexes.forEach((t, i) => {
		if (t.type === 'DATE' || t.type === 'TIME') place(doc.timexIds[i]!, t.text, t.value, t.mod);
	});
	const mentions = new Map(doc.events.map((e) => [e.eid, e]));
	const best = new Map<string, Anchor>();
	for (const m of doc.links.matchAll(/<TLINK([^>]*)>/g)) {
		const a = attributes(m[1]!);
		const type = a.relType ?? '';
		let instance: string | undefined;
		let tid: string | undefined;
		let relation: Relation | undefined;
		if (a.eventInstanceID && a.relatedToTime) {
			[instance, tid, relation] = [a.eventInstanceID, a.relatedToTime, FROM_EVENT[type]];
		} else if (a.timeID && a.relatedToEventInstance) {
			[instance, tid, relation] = [a.relatedToEventInstance, a.timeID, FROM_TIME[type]];
		}
		if (!instance || !tid || !relation) continue;
		const event = mentions.get(byInstance.get(instance) ?? '');
		const time = times.get(tid);
		if (!event || !time) continue;
		const anchor: Anchor = { event, relation, ...time };
		const kept = best.get(event.eid);
		if (!kept || better(anchor, kept)) best.set(event.eid, anchor);
	}
	return [...best.values()].sort((a, b) => a.event.start - b.event.start);
}

function better(a: Anchor, b: Anchor): boolean {
	if (a.relation !== b.relation) return a.relation === 'within';
	return a.to - a.from < b.to - b.from;
}

/** Whether a predicted range [from, to] agrees with the anchor. */
export function holds(anchor: Anchor, from: number, to: number): boolean {
	return anchor.relation === 'within'
		? anchor.from <= from && to <= anchor.to
		: from <= anchor.from && anchor.to <= to;
}
