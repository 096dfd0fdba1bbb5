/** Writing tagged text as a TimeML document (the format TempEval-3 scores). */
import type { Timex } from '../timeline/types';

const ENTITIES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&apos;'
};

/**
 * Characters XML 1.0 cannot hold at all, even escaped: C0 controls but tab and line breaks,
 * lone surrogates, U+FFFE and U+FFFF. Each becomes U+FFFD, one UTF-16 unit for one, so offsets
 * into the text stay true.
 */
const NOT_XML =
	// eslint-disable-next-line no-control-regex -- finding control characters is the point
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(text: string): string {
	return text.replace(NOT_XML, '\uFFFD').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

function timex3(tid: string, t: Pick<Timex, 'type' | 'value' | 'mod'>, extra = ''): string {
	const mod = t.mod ? ` mod="${escapeXml(t.mod)}"` : '';
	return `<TIMEX3 tid="${tid}" type="${escapeXml(t.type)}" value="${escapeXml(t.value)}"${mod}${extra}>`;
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
