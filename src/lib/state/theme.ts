import { getSetting, setSetting } from '$lib/storage/settings';

export type Theme = 'system' | 'light' | 'dark';
export const THEMES: Theme[] = ['system', 'light', 'dark'];

function apply(theme: Theme): void {
	document.documentElement.dataset.theme = theme;
	// Read by app.html before the first paint, so the page never flashes the other theme.
	localStorage.setItem('mnemo-theme', theme);
}

/** Counts choices made on this page, so a slower read of the stored one cannot undo them. */
let choices = 0;

/** The stored theme applied to the page (a restored backup may carry another one). */
export async function loadTheme(): Promise<Theme> {
	const before = choices;
	const stored = await getSetting<Theme>('theme', 'system');
	if (choices !== before) return document.documentElement.dataset.theme as Theme;
	const theme = THEMES.includes(stored) ? stored : 'system';
	apply(theme);
	return theme;
}

export async function saveTheme(theme: Theme): Promise<void> {
	choices++;
	apply(theme);
	await setSetting('theme', theme);
}
