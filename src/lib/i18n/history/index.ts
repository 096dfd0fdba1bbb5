import type { Lang } from '../lang';
import { de } from './de';
import { en, type HistoryWords } from './en';
import { es } from './es';
import { fr } from './fr';

export type { HistoryWords } from './en';

/** History's lines in each language (the editor's page only: the reader and embed never load them). */
export const HISTORY_WORDS: Record<Lang, HistoryWords> = { en, fr, de, es };
