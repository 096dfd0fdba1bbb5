/**
 * Days a deleted timeline can be restored before it is removed for good (src/lib/server/
 * deletion.ts says why deletion is soft). One number for the store and the editor's words.
 */
export const RESTORABLE_DAYS = 30;
