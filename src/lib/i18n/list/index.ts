import type { Lang } from '../lang';
import { de } from './de';
import { en, type ListWords } from './en';
import { es } from './es';
import { fr } from './fr';

export type { ListWords } from './en';

export const LIST_WORDS: Record<Lang, ListWords> = { en, fr, de, es };
