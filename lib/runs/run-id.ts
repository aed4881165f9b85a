/** Run ids are "run-" and 12 hex digits of a hash of the file, its format, the person and the model. */
export const isRunId = (id: string): boolean => /^run-[0-9a-f]{12}$/.test(id);
