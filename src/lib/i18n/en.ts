/** English texts that differ from their key: plural forms only (the keys are the English text). */
export const en: Record<string, string> = {};
