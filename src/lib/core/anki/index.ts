/** Anki interop: cards out as Anki's text import format, Anki's text export in as an article. */
export { ankiField, toAnkiText } from './export';
export { fromAnkiField, importAnkiText, isAnkiText } from './import';
