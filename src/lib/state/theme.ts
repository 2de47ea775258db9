import { getSetting, setSetting } from '$lib/storage/settings';

export type Theme = 'system' | 'light' | 'dark';
export const THEMES: Theme[] = ['system', 'light', 'dark'];

function apply(theme: Theme): void {
	document.documentElement.dataset.theme = theme;
	// Read by app.html before the first paint, so the page never flashes the other theme.
	localStorage.setItem('mnemo-theme', theme);
}

/** The stored theme applied to the page (a restored backup may carry another one). */
export async function loadTheme(): Promise<Theme> {
	const theme = await getSetting<Theme>('theme', 'system');
	apply(THEMES.includes(theme) ? theme : 'system');
	return theme;
}

export async function saveTheme(theme: Theme): Promise<void> {
	apply(theme);
	await setSetting('theme', theme);
}
