/** Writing tagged text as a TimeML document (the format TempEval-3 scores). */
import type { Timex } from '../timeline/types';

const ENTITIES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&apos;'
};

export function escapeXml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

function timex3(tid: string, t: Pick<Timex, 'type' | 'value' | 'mod'>, extra = ''): string {
	const mod = t.mod ? ` mod="${t.mod}"` : '';
	return `<TIMEX3 tid="${tid}" type="${t.type}" value="${escapeXml(t.value)}"${mod}${extra}>`;
}

/**
 * A TimeML document: the publication date as the DCT, then the text with each timex inline.
 * Timexes must be sorted and non-overlapping, as tagTimexes returns them.
 */
export function toTimeML(text: string, timexes: Timex[], published?: string): string {
	const parts: string[] = ['<?xml version="1.0" ?>\n<TimeML>\n'];
	if (published) {
		const dct = timex3(
			't0',
			{ type: 'DATE', value: published },
			' functionInDocument="CREATION_TIME"'
		);
		parts.push(`<DCT>${dct}${escapeXml(published)}</TIMEX3></DCT>\n`);
	}
	parts.push('<TEXT>');
	let at = 0;
	timexes.forEach((t, k) => {
		if (t.start < at) return;
		parts.push(escapeXml(text.slice(at, t.start)));
		parts.push(`${timex3(`t${k + 1}`, t)}${escapeXml(text.slice(t.start, t.end))}</TIMEX3>`);
		at = t.end;
	});
	parts.push(escapeXml(text.slice(at)), '</TEXT>\n</TimeML>\n');
	return parts.join('');
}
