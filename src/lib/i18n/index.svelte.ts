/**
 * The UI's language: English or 中文, with i18next. Keys are the English
 * text itself (with {{placeholders}}), so the English UI needs no table
 * and a string missing from the Chinese table shows in English rather
 * than as a key; a unit test checks the table covers every key in use.
 *
 * `t` reads the language from a rune, so every text on screen follows a
 * switch at once, without a reload.
 */
import i18next from 'i18next';
import { isSaid, saidOf, type Said } from '$lib/core/say';
import { en } from './en';
import { zh } from './zh';

export type Language = 'en' | 'zh';
export const LANGUAGES: { id: Language; name: string }[] = [
	{ id: 'en', name: 'English' },
	{ id: 'zh', name: '中文' }
];

const STORE = 'mnemo-lang';

void i18next.init({
	lng: 'en',
	fallbackLng: false,
	resources: { en: { translation: en }, zh: { translation: zh } },
	keySeparator: false,
	nsSeparator: false,
	interpolation: { escapeValue: false },
	returnEmptyString: false,
	initAsync: false
});

function initial(): Language {
	if (typeof localStorage === 'undefined') return 'en';
	const stored = localStorage.getItem(STORE);
	if (stored === 'en' || stored === 'zh') return stored;
	return typeof navigator !== 'undefined' && navigator.language.startsWith('zh') ? 'zh' : 'en';
}

const current = $state({ lang: initial() });
void i18next.changeLanguage(current.lang);

/**
 * The text in the chosen language; `vars` fill {{placeholders}} ({{count}}
 * also picks the plural). A value that is itself a `Said` is translated too.
 */
export function t(key: string, vars?: Record<string, unknown>): string {
	const filled: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(vars ?? {})) filled[k] = isSaid(v) ? t(v.text, v.vars) : v;
	return i18next.t(key, { lng: current.lang, defaultValue: key, ...filled });
}

/** A text the core wrote (`Said`), or anything thrown, in the chosen language. */
export function said(s: Said | unknown): string {
	// An error goes through saidOf, which puts its line in front.
	const x = isSaid(s) && !(s instanceof Error) ? s : saidOf(s);
	return t(x.text, x.vars);
}

export { msg } from '$lib/core/say';

export function language(): Language {
	return current.lang;
}

export function setLanguage(lang: Language): void {
	current.lang = lang;
	void i18next.changeLanguage(lang);
	localStorage.setItem(STORE, lang);
	document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
}

/** Numbers and dates as the chosen language writes them. */
export function locale(): string {
	return current.lang === 'zh' ? 'zh-CN' : 'en';
}
