import type { Lang } from '../lang';
import { de } from './de';
import { en, type DateProblemWords } from './en';
import { es } from './es';
import { fr } from './fr';

export { sayDateProblem, type DateProblem, type DateProblemWords } from './en';

/** Why a typed date was not read, in each language (editors' date fields only). */
export const DATE_PROBLEM_WORDS: Record<Lang, DateProblemWords> = { en, fr, de, es };
