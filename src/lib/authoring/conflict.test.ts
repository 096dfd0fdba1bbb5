import { describe, expect, it } from 'vitest';
import { fuzzyDate } from '../timeline/fuzzy-date';
import type { Timeline, TimelineEvent } from '../timeline/types';
import { conflictWords, findConflicts, resolveConflicts } from './conflict';

const ev = (id: string, title = `Title ${id}`): TimelineEvent => ({
	id,
	title,
	summary: '',
	start: fuzzyDate('2019', '2019')!,
	source: { article: 's', start: 0, end: 1 }
});
const t = (title: string, events: TimelineEvent[]): Timeline => ({
	article: 's',
	title,
	published: '2020-06-26',
	events
});

describe('conflicts between two drafts', () => {
	const mine = t('Mine', [ev('a', 'My A'), ev('b'), ev('mine-new')]);
	const theirs = t('Theirs', [ev('a', 'Their A'), ev('c'), ev('b', 'Their B')]);

	it('lists the title and every event changed, added or deleted by either', () => {
		const c = findConflicts(mine, theirs);
		expect(c.title).toEqual({ mine: 'Mine', theirs: 'Theirs' });
		expect(c.events.map((e) => [e.id, !!e.mine, !!e.theirs])).toEqual([
			['a', true, true],
			['b', true, true],
			['mine-new', true, false],
			['c', false, true]
		]);
	});

	it('builds the agreed timeline from the choices, never dropping what was not chosen away', () => {
		const merged = resolveConflicts(
			mine,
			theirs,
			{ a: 'mine', b: 'theirs', c: 'theirs' },
			'theirs'
		);
		expect(merged.title).toBe('Theirs');
		expect(merged.events.map((e) => `${e.id}:${e.title}`)).toEqual([
			'a:My A',
			'c:Title c',
			'b:Their B',
			'mine-new:Title mine-new'
		]);
		const dropC = resolveConflicts(mine, theirs, { c: 'mine' });
		expect(dropC.events.map((e) => e.id)).not.toContain('c');
	});
});

describe('sameValue', () => {
	it('ignores the order of keys, as a timeline back from the server may have them', async () => {
		const { sameValue } = await import('../timeline/same-value');
		expect(sameValue({ a: 1, b: [{ x: 1, y: 2 }] }, { b: [{ y: 2, x: 1 }], a: 1 })).toBe(true);
		expect(sameValue({ a: 1 }, { a: 2 })).toBe(false);
	});
});

describe('who saved the revision that won', () => {
	it('is "you, in another tab" when the refused editor saved it', () => {
		expect(conflictWords('eve@example.org', 'eve@example.org')).toEqual({
			status: 'You saved this in another tab: merge below',
			heading: 'You saved this timeline in another tab while editing here'
		});
	});
	it('names another editor, or says "another editor" for the system', () => {
		expect(conflictWords('ana@example.org', 'eve@example.org')).toEqual({
			status: 'Another editor saved: merge below',
			heading: 'ana@example.org saved this timeline while you were editing'
		});
		expect(conflictWords(null, 'eve@example.org').heading).toBe(
			'Another editor saved this timeline while you were editing'
		);
		expect(conflictWords(null, null).status).toBe('Another editor saved: merge below');
	});
});
