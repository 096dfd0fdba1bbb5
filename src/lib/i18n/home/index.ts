import { useI18n } from '..';
import type { Lang } from '../lang';
import { de } from './de';
import { en, type HomeWords } from './en';
import { es } from './es';
import { fr } from './fr';

export type { HomeWords } from './en';

/** The home page's and sign-in's words in each language (the reader and embed never load them). */
export const HOME_WORDS: Record<Lang, HomeWords> = { en, fr, de, es };

/** The home page's words in the page's language, picked as the reader's are (`?lang=`, cookie, Accept-Language). */
export const useHomeWords = (): HomeWords => HOME_WORDS[useI18n().lang];
