/** How many matching events the Embed dialog's search offers at once. */
export const SHOWN = 8;
