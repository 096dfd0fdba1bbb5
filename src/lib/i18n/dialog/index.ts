import type { Lang } from '../lang';
import { de } from './de';
import { en, type DialogWords } from './en';
import { es } from './es';
import { fr } from './fr';

export type { DialogWords } from './en';
export { SHOWN } from './shown';

export const DIALOG_WORDS: Record<Lang, DialogWords> = { en, fr, de, es };
