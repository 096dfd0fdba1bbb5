/** Qualified expressions: "nearly two weeks ago", "more than four hours", "around Nov. 1". */
import { lowerAt, type Pattern } from '../context';
import { readQualifier } from './durations';

export function makeQualified(inner: Pattern[]): Pattern {
	return (ctx, i) => {
		const q = readQualifier(ctx, i);
		if (!q) return null;
		// "over the past year" and "within the next month" keep the preposition outside.
		if ((q.mod === 'MORE_THAN' || lowerAt(ctx, i) === 'within') && lowerAt(ctx, q.end) === 'the') {
			return null;
		}
		let best = null;
		for (const p of inner) {
			const m = p(ctx, q.end);
			if (m && m.start === q.end && !m.mod && (!best || m.end > best.end)) best = m;
		}
		if (!best) return null;
		// A qualified duration keeps the qualifier's meaning; a date "at least" so late is that
		// day or after; any other qualified date is approximate.
		const mod =
			best.type === 'DURATION' ? q.mod : q.mod === 'EQUAL_OR_MORE' ? 'ON_OR_AFTER' : 'APPROX';
		return { ...best, start: i, mod };
	};
}
