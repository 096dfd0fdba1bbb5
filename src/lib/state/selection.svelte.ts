/**
 * Which event is selected (its card open, its sentence highlighted, its id in the URL) and
 * which one has the keyboard's attention (the roving tab stop among the timeline's events).
 * Events are known by id, in date order. Moving between events is ChartState's `step`, which
 * knows what the view shows, and the embed's script carries no second way.
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
}
