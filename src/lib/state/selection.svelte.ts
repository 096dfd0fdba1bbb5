/**
 * Which event is selected (its card open, its sentence highlighted, its id in the URL) and
 * which one has the keyboard's attention (the roving tab stop among the timeline's events).
 * Events are known by id, in date order.
 */
export class SelectionState {
	ids: readonly string[];
	selectedId = $state<string | null>(null);
	activeId = $state<string | null>(null);

	constructor(ids: readonly string[]) {
		this.ids = ids;
		this.activeId = ids[0] ?? null;
	}

	/** Selects an event; an unknown id clears the selection rather than pointing at nothing. */
	select(id: string | null): void {
		const known = id !== null && this.ids.includes(id) ? id : null;
		this.selectedId = known;
		if (known) this.activeId = known;
	}

	clear(): void {
		this.selectedId = null;
	}

	/** Moves the keyboard's attention by `delta` events in date order, stopping at the ends. */
	move(delta: number): string | null {
		if (!this.ids.length) return null;
		const at = this.activeId ? this.ids.indexOf(this.activeId) : -1;
		const next = Math.min(this.ids.length - 1, Math.max(0, (at < 0 ? 0 : at) + delta));
		this.activeId = this.ids[next]!;
		return this.activeId;
	}

	first(): string | null {
		return this.move(-Infinity);
	}

	last(): string | null {
		return this.move(Infinity);
	}
}
