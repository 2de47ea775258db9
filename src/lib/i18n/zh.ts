/** 中文 UI texts, keyed by the English text. */
export const zh: Record<string, string> = {};
