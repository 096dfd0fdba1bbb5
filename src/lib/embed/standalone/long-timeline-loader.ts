/**
 * The long-timeline extras for the standalone embed bundle (scripts/embed-bundle.js puts this in
 * place of src/lib/components/long-timeline-loader.ts): an embed is the compact reader, so a
 * long timeline's embed offers no list and draws no ticks inside its clusters (its events stay
 * reachable by keyboard on the chart, in date order), and no embed carries their code, nor the
 * parts of Svelte only the list uses. The reader page has both.
 */
export function mountEventList(): () => void {
	return () => {};
}

export const loadMemberTicks = (): Promise<undefined> => Promise.resolve(undefined);
