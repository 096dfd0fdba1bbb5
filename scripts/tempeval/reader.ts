/**
 * Reading TempEval-3 TimeML (.tml): the document creation time, the plain text of <TEXT>
 * (every tag removed, the five XML entities decoded) and the gold TIMEX3s with offsets into
 * that plain text.
 */
import type { Timex, TimexMod, TimexType } from '../../src/lib/timeline/types';

export interface TimemlDocument {
	id: string;
	/** The DCT value, YYYY-MM-DD. */
	dct: string;
	text: string;
	timexes: Timex[];
	/** The `tid` of each gold TIMEX3, in the order of `timexes`. */
	timexIds: string[];
	/** Gold EVENT mentions, with offsets into `text`. */
	events: EventMention[];
	/** Everything after </TEXT>: MAKEINSTANCE and TLINK tags. */
	links: string;
}

/** An EVENT tag of TimeML: its id, class (OCCURRENCE, REPORTING …) and the words it spans. */
export interface EventMention {
	eid: string;
	cls: string;
	start: number;
	end: number;
	text: string;
}

const ENTITIES: Record<string, string> = {
	'&amp;': '&',
	'&lt;': '<',
	'&gt;': '>',
	'&quot;': '"',
	'&apos;': "'"
};

export function decodeEntities(text: string): string {
	return text.replace(/&(?:amp|lt|gt|quot|apos);/g, (e) => ENTITIES[e] ?? e);
}

/** Attributes of one start tag: name="value" pairs. */
export function attributes(tag: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const m of tag.matchAll(/(\w+)="([^"]*)"/g)) out[m[1]!] = decodeEntities(m[2]!);
	return out;
}

export function readTimeml(id: string, xml: string): TimemlDocument {
	const dctTag = /<DCT>\s*<TIMEX3([^>]*)>/.exec(xml);
	const dct = (dctTag ? attributes(dctTag[1]!).value : undefined) ?? '';
	const open = xml.indexOf('<TEXT>');
	const close = xml.indexOf('</TEXT>');
	if (open < 0 || close < 0) throw new Error(`${id}: no <TEXT>`);
	const body = xml.slice(open + '<TEXT>'.length, close);
	let text = '';
	const timexes: Timex[] = [];
	const timexIds: string[] = [];
	const events: EventMention[] = [];
	let current: { start: number; attrs: Record<string, string> } | null = null;
	let event: { start: number; attrs: Record<string, string> } | null = null;
	let at = 0;
	while (at < body.length) {
		const lt = body.indexOf('<', at);
		const chunkEnd = lt < 0 ? body.length : lt;
		text += decodeEntities(body.slice(at, chunkEnd));
		if (lt < 0) break;
		const gt = body.indexOf('>', lt);
		if (gt < 0) throw new Error(`${id}: unterminated tag`);
		const tag = body.slice(lt + 1, gt);
		if (tag.startsWith('TIMEX3')) current = { start: text.length, attrs: attributes(tag) };
		else if (tag === '/TIMEX3' && current) {
			const t: Timex = {
				start: current.start,
				end: text.length,
				text: text.slice(current.start),
				type: (current.attrs.type ?? 'DATE') as TimexType,
				value: current.attrs.value ?? ''
			};
			if (current.attrs.mod) t.mod = current.attrs.mod as TimexMod;
			timexes.push(t);
			timexIds.push(current.attrs.tid ?? '');
			current = null;
		} else if (tag.startsWith('EVENT ')) event = { start: text.length, attrs: attributes(tag) };
		else if (tag === '/EVENT' && event) {
			const { eid = '', class: cls = '' } = event.attrs;
			events.push({
				eid,
				cls,
				start: event.start,
				end: text.length,
				text: text.slice(event.start)
			});
			event = null;
		}
		at = gt + 1;
	}
	const links = xml.slice(close);
	return { id, dct: dct.slice(0, 10), text, timexes, timexIds, events, links };
}
