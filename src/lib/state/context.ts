import { createContext } from 'svelte';
import type { ReadingState } from './reading.svelte';
import type { SelectionState } from './selection.svelte';
import type { ViewState } from './view.svelte';

/** The state of one timeline on the page, shared with its components (never module-global). */
export interface TimelineContext {
	view: ViewState;
	selection: SelectionState;
	reading: ReadingState;
}

export const [getTimelineContext, setTimelineContext] = createContext<TimelineContext>();
