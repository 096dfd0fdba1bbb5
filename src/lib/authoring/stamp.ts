/**
 * When something was saved, as editors read it: the UTC day and minute ("2026-12-06 04:12 UTC").
 * From the ISO string, not a Date, so the server and the browser render the same text whatever
 * the machine's zone.
 */
export const savedStamp = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
