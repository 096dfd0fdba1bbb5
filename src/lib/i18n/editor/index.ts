import type { StepName } from '../../authoring/editor.svelte';
import { useI18n } from '..';
import type { Lang } from '../lang';
import { de } from './de';
import { en, type EditorWords } from './en';
import { es } from './es';
import { fr } from './fr';

export type { EditorWords } from './en';

/** The editor's words in each language (editors' pages only: the reader and embed never load them). */
export const EDITOR_WORDS: Record<Lang, EditorWords> = { en, fr, de, es };

/** The editor's words in the page's language, picked as the reader's are (`?lang=`, cookie, Accept-Language). */
export const useEditorWords = (): EditorWords => EDITOR_WORDS[useI18n().lang];

/** What an undo step did, in the words' language ("edit the timeline title"). */
export function sayStep(w: EditorWords, step: StepName): string {
	if (step.did === 'addArticle') return w.steps.addArticle(step.title);
	if (step.did === 'restoreRevision') return w.steps.restoreRevision(step.revision);
	return w.steps[step.did];
}
