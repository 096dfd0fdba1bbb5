/** The files a timeline comes from or goes to, besides articles (.md, .txt, .html). */
export type TimelineFormat = 'json' | 'timelinejs' | 'csv' | 'ics';
export const EXPORT_FORMATS: readonly TimelineFormat[] = ['json', 'timelinejs', 'csv', 'ics'];
