/**
 * The button that stands for an event in a drawn chart: its own label, or the cluster holding
 * its rank (`data-first`…`data-last`); none when it is out of view. The chart's keys and the
 * reader's closing card both put the keyboard there.
 */
export function eventButton(root: ParentNode, id: string, rank: number): HTMLElement | undefined {
	return (
		root.querySelector<HTMLElement>(`[data-event="${CSS.escape(id)}"]`) ??
		[...root.querySelectorAll<HTMLElement>('[data-first]')].find(
			(el) => Number(el.dataset.first) <= rank && rank <= Number(el.dataset.last)
		)
	);
}
