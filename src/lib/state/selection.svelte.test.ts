import { describe, expect, it } from 'vitest';
import { ReadingState } from './reading.svelte';
import { SelectionState } from './selection.svelte';

describe('SelectionState', () => {
	it('selects known events and clears on unknown ids', () => {
		const s = new SelectionState(['a', 'b', 'c']);
		s.select('b');
		expect(s.selectedId).toBe('b');
		expect(s.activeId).toBe('b');
		s.select('nope');
		expect(s.selectedId).toBeNull();
	});

	it('moves the keyboard focus in date order and stops at the ends', () => {
		const s = new SelectionState(['a', 'b', 'c']);
		expect(s.activeId).toBe('a');
		expect(s.move(1)).toBe('b');
		expect(s.move(5)).toBe('c');
		expect(s.move(-1)).toBe('b');
		expect(s.first()).toBe('a');
		expect(s.last()).toBe('c');
		expect(s.selectedId).toBeNull();
	});
});

describe('ReadingState', () => {
	it('brings forward the event of the highest dated sentence at the reading line', () => {
		const r = new ReadingState(
			new Map([
				[10, ['e1']],
				[50, ['e2', 'e3']]
			])
		);
		r.see(0, true);
		expect(r.currentId).toBeNull();
		r.see(50, true);
		expect(r.currentId).toBe('e2');
		r.see(10, true);
		expect(r.currentId).toBe('e1');
		r.see(10, false);
		expect(r.currentId).toBe('e2');
	});

	it('keeps the last event current while undated sentences pass', () => {
		const r = new ReadingState(new Map([[10, ['e1']]]));
		r.see(10, true);
		r.see(10, false);
		r.see(20, true);
		expect(r.currentId).toBe('e1');
	});
});
