import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzyDate } from '../timeline/fuzzy-date';
import { sameValue } from '../timeline/same-value';
import type { Timeline, TimelineEvent } from '../timeline/types';
import { conflictWords, findConflicts, hasConflicts, resolveConflicts } from './conflict';
import { TimelineEditor } from './editor.svelte';
import { OpenMerge } from './open-merge';

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

/** What a draft is after a trip through the server: the same values, no shared objects. */
const stored = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const titles = (t: Timeline) => t.events.map((e) => `${e.id}:${e.title}`);

describe('a three-way merge against the revision both editors started from', () => {
	const base = t('Story', [ev('a'), ev('b'), ev('c')]);

	it('takes an event only they renamed from them, and one only I renamed from me, asking nothing', () => {
		// The defect: Bob renamed A and saved; Ann renamed B, was refused, and her stale copy of
		// A (its old title) was offered as "mine", chosen by default, undoing Bob's title.
		const bob = stored({ ...base, events: [ev('a', 'Bob’s A'), ev('b'), ev('c')] });
		const ann = { ...base, events: [base.events[0]!, ev('b', 'Ann’s B'), base.events[2]!] };
		const found = findConflicts(ann, bob, base);
		expect(found.title).toBeUndefined();
		expect(found.events).toEqual([]);
		expect(hasConflicts(found)).toBe(false);
		expect(found.settled).toEqual({ mine: 1, theirs: 1 });
		expect(titles(resolveConflicts(ann, bob, {}, 'mine', base))).toEqual([
			'a:Bob’s A',
			'b:Ann’s B',
			'c:Title c'
		]);
	});

	it('asks only about an event both changed, each their own way, showing all three versions', () => {
		const mine = t('Story', [ev('a', 'Mine'), ev('b', 'Same'), ev('c')]);
		const theirs = stored(t('Story', [ev('a', 'Theirs'), ev('b', 'Same'), ev('c')]));
		const found = findConflicts(mine, theirs, base);
		expect(found.events).toEqual([
			{ id: 'a', base: ev('a'), mine: ev('a', 'Mine'), theirs: ev('a', 'Theirs') }
		]);
		// Both made the same change: nothing to ask, nothing taken from either.
		expect(found.settled).toEqual({ mine: 0, theirs: 0 });
		expect(titles(resolveConflicts(mine, theirs, { a: 'theirs' }, 'mine', base))).toEqual([
			'a:Theirs',
			'b:Same',
			'c:Title c'
		]);
		expect(titles(resolveConflicts(mine, theirs, { a: 'mine' }, 'mine', base))[0]).toBe('a:Mine');
	});

	it('asks about an event one side deleted and the other edited, whichever side deleted it', () => {
		const deletedByMe = t('Story', [ev('b'), ev('c')]);
		const editedByThem = stored(t('Story', [ev('a', 'Theirs'), ev('b'), ev('c')]));
		expect(findConflicts(deletedByMe, editedByThem, base).events).toEqual([
			{ id: 'a', base: ev('a'), theirs: ev('a', 'Theirs') }
		]);
		expect(findConflicts(editedByThem, deletedByMe, base).events).toEqual([
			{ id: 'a', base: ev('a'), mine: ev('a', 'Theirs') }
		]);
		const keepDeletion = resolveConflicts(deletedByMe, editedByThem, { a: 'mine' }, 'mine', base);
		expect(keepDeletion.events.map((e) => e.id)).toEqual(['b', 'c']);
		const takeEdit = resolveConflicts(deletedByMe, editedByThem, { a: 'theirs' }, 'mine', base);
		expect(titles(takeEdit)[0]).toBe('a:Theirs');
	});

	it('deletes without a question an event one side deleted and the other left alone', () => {
		const mine = t('Story', [ev('a'), ev('c')]);
		const theirs = stored(t('Story', [ev('a'), ev('b')]));
		const found = findConflicts(mine, theirs, base);
		expect(hasConflicts(found)).toBe(false);
		expect(found.settled).toEqual({ mine: 1, theirs: 1 });
		expect(resolveConflicts(mine, theirs, {}, 'mine', base).events.map((e) => e.id)).toEqual(['a']);
	});

	it('keeps the events either side added, mine after the event they follow in mine', () => {
		const mine = t('Story', [
			ev('mine-first'),
			ev('a'),
			ev('b'),
			ev('mine-1'),
			ev('mine-2'),
			ev('c')
		]);
		const theirs = stored(t('Story', [ev('a'), ev('theirs-new'), ev('b'), ev('c')]));
		const found = findConflicts(mine, theirs, base);
		expect(hasConflicts(found)).toBe(false);
		expect(found.settled).toEqual({ mine: 3, theirs: 1 });
		expect(resolveConflicts(mine, theirs, {}, 'mine', base).events.map((e) => e.id)).toEqual([
			'mine-first',
			'a',
			'theirs-new',
			'b',
			'mine-1',
			'mine-2',
			'c'
		]);
	});

	it('asks about an event both added under one id with different content', () => {
		const mine = t('Story', [...base.events, ev('new', 'Mine')]);
		const theirs = stored(t('Story', [...base.events, ev('new', 'Theirs')]));
		expect(findConflicts(mine, theirs, base).events).toEqual([
			{ id: 'new', mine: ev('new', 'Mine'), theirs: ev('new', 'Theirs') }
		]);
	});

	it('takes the title from the side that changed it, and asks when both did', () => {
		const mine = { ...base, title: 'Mine' };
		expect(findConflicts(mine, stored(base), base).title).toBeUndefined();
		expect(resolveConflicts(mine, stored(base), {}, 'theirs', base).title).toBe('Mine');
		const theirs = stored({ ...base, title: 'Theirs' });
		expect(resolveConflicts(base, theirs, {}, 'mine', base).title).toBe('Theirs');
		expect(findConflicts(mine, theirs, base).title).toEqual({ mine: 'Mine', theirs: 'Theirs' });
		expect(resolveConflicts(mine, theirs, {}, 'theirs', base).title).toBe('Theirs');
	});

	it('takes the timeline’s other fields from the side that changed them, theirs when both did', () => {
		const theirs = stored({ ...base, articles: ['s', 'added'] });
		const mine = { ...base, published: '2020-06-27' };
		const merged = resolveConflicts(mine, theirs, {}, 'mine', base);
		expect(merged.articles).toEqual(['s', 'added']);
		expect(merged.published).toBe('2020-06-27');
		const both = resolveConflicts(mine, { ...theirs, published: '2020-06-28' }, {}, 'mine', base);
		expect(both.published).toBe('2020-06-28');
	});
});

/** One of the editor's own edits, on the event at `at` (modulo the events there are). */
type Step = { kind: number; at: number; text: string };
function run(editor: TimelineEditor, step: Step) {
	const events = editor.timeline.events;
	const source = { article: 's', start: 500 + step.at, end: 520 + step.at };
	if (!events.length) return editor.addFromSentence('In 2001 it rose.', source);
	const id = events[step.at % events.length]!.id;
	const other = events[(step.at * 7 + 3) % events.length]!.id;
	switch (step.kind) {
		case 0:
			return editor.setEventTitle(id, step.text);
		case 1:
			return editor.setEventSummary(id, step.text);
		case 2:
			return editor.setDate(id, 'start', fuzzyDate('1999', '1999')!);
		case 3:
			return editor.remove(id);
		case 4:
			return id !== other && editor.merge(id, other);
		case 5:
			return editor.addFromSentence(`In ${1950 + step.at} it ${step.text}.`, source);
		default:
			return editor.setTitle(step.text);
	}
}
const steps = fc.array(
	fc.record({ kind: fc.nat(6), at: fc.nat(1000), text: fc.string({ maxLength: 8 }) }),
	{ maxLength: 12 }
);
/** A base of n events and two editors' drafts made from it, theirs back from the server. */
const sides = fc.tuple(fc.nat(8), steps, steps).map(([n, mineSteps, theirSteps]) => {
	const base = t(
		'Story',
		Array.from({ length: n }, (_, i) => ev(`e${i}`, `Title e${i}`))
	);
	const [mine, theirs] = [new TimelineEditor(base), new TimelineEditor(base)];
	for (const step of mineSteps) run(mine, step);
	for (const step of theirSteps) run(theirs, step);
	return { base, mine: mine.timeline, theirs: stored(theirs.timeline) };
});

describe('the three-way merge, for any edits of two editors', () => {
	it('loses no change: each event is the base’s, the changed side’s, or a conflict', () => {
		fc.assert(
			fc.property(sides, fc.boolean(), ({ base, mine, theirs }, takeTheirs) => {
				const found = findConflicts(mine, theirs, base);
				const asked = new Set(found.events.map((c) => c.id));
				const choices = Object.fromEntries(
					[...asked].map((id) => [id, takeTheirs ? 'theirs' : 'mine'] as const)
				);
				const merged = resolveConflicts(mine, theirs, choices, 'mine', base);
				const [b, m, th, r] = [base, mine, theirs, merged].map(
					(x) => new Map(x.events.map((e) => [e.id, e]))
				);
				for (const id of new Set([...b!.keys(), ...m!.keys(), ...th!.keys()])) {
					const [was, a, z, got] = [b!.get(id), m!.get(id), th!.get(id), r!.get(id)];
					const iChanged = !sameValue(was, a);
					const theyChanged = !sameValue(was, z);
					if (asked.has(id)) {
						expect(iChanged && theyChanged && !sameValue(a, z)).toBe(true);
						expect(got).toEqual(takeTheirs ? z : a);
					} else if (iChanged) expect(got).toEqual(a);
					else expect(got).toEqual(z);
				}
				expect(new Set(merged.events.map((e) => e.id)).size).toBe(merged.events.length);
			}),
			{ numRuns: 300 }
		);
	});

	it('is the other side itself when one side changed nothing', () => {
		fc.assert(
			fc.property(sides, ({ base, mine, theirs }) => {
				expect(hasConflicts(findConflicts(mine, stored(base), base))).toBe(false);
				expect(stored(resolveConflicts(mine, stored(base), {}, 'theirs', base))).toEqual(
					stored(mine)
				);
				expect(hasConflicts(findConflicts(base, theirs, base))).toBe(false);
				expect(resolveConflicts(base, theirs, {}, 'mine', base)).toEqual(theirs);
			}),
			{ numRuns: 300 }
		);
	});

	it('asks the same questions whichever editor saved first', () => {
		fc.assert(
			fc.property(sides, ({ base, mine, theirs }) => {
				const ab = findConflicts(mine, theirs, base);
				const ba = findConflicts(theirs, mine, base);
				expect(ba.events.map((c) => c.id).sort()).toEqual(ab.events.map((c) => c.id).sort());
				expect(Boolean(ba.title)).toBe(Boolean(ab.title));
				expect(ba.settled).toEqual({ mine: ab.settled.theirs, theirs: ab.settled.mine });
			}),
			{ numRuns: 300 }
		);
	});
});

describe('a merge left open while the editor types on', () => {
	it('answers after every further edit as finding the conflicts whole does, with a base or without', () => {
		fc.assert(
			fc.property(sides, steps, fc.boolean(), ({ base, mine, theirs }, further, known) => {
				const editor = new TimelineEditor(mine);
				const open = new OpenMerge(editor.timeline, theirs, known ? base : null);
				expect(open.conflicts).toEqual(findConflicts(editor.timeline, theirs, known ? base : null));
				for (const step of further) {
					run(editor, step);
					expect(open.update(editor.timeline)).toEqual(
						findConflicts(editor.timeline, theirs, known ? base : null)
					);
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('looks at only the events an edit changed, not at every event', () => {
		const base = t(
			'Story',
			Array.from({ length: 1000 }, (_, i) => ev(`e${i}`))
		);
		// Theirs comes from the server, a copy: comparing an event with it walks its fields.
		let compared = 0;
		const theirs = stored({
			...base,
			events: base.events.map((e, i) => (i === 5 ? ev('e5', 'Theirs') : e))
		});
		theirs.events[700] = new Proxy(theirs.events[700]!, {
			get: (target, key, receiver) => ((compared += 1), Reflect.get(target, key, receiver))
		});
		const editor = new TimelineEditor(base);
		editor.setEventTitle('e5', 'Mine');
		const open = new OpenMerge(editor.timeline, theirs, base);
		expect(open.conflicts.events.map((c) => c.id)).toEqual(['e5']);
		expect(compared).toBeGreaterThan(0);

		compared = 0;
		editor.setEventTitle('e5', 'Mine, typed on');
		editor.setEventTitle('e9', 'Another of mine');
		const updated = open.update(editor.timeline);
		expect(compared).toBe(0);
		expect(updated).toEqual(findConflicts(editor.timeline, theirs, base));
		expect(updated.settled).toEqual({ mine: 1, theirs: 0 });
	});
});

describe('conflicts between two drafts, with no base to compare with', () => {
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
