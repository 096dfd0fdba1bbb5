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
});
