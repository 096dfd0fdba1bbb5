import { describe, expect, it } from 'vitest';
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
