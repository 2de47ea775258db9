import { describe, expect, it } from 'vitest';
import { luminance, type Palette } from './palette';
import { chartTheme, emptyCell, heatRamp, mix } from './theme';

/** app.css's dark set, as the browser resolves it. */
const DARK: Palette = {
	dark: true,
	text: 'rgb(228, 232, 235)',
	muted: 'rgb(154, 166, 176)',
	line: 'rgb(47, 55, 62)',
	surface: 'rgb(30, 36, 41)',
	bg: 'rgb(21, 25, 29)',
	accent: 'rgb(127, 176, 224)',
	accentSoft: 'rgb(34, 54, 74)',
	warn: 'rgb(240, 179, 90)'
};

/** Every colour string anywhere in a theme object, with its path. */
function colours(value: unknown, path = ''): [string, string][] {
	if (typeof value === 'string') return value.startsWith('rgb') ? [[path, value]] : [];
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([k, v]) => colours(v, `${path}.${k}`));
	return [];
}

describe('chart theme', () => {
	it('mixes colours channel by channel', () => {
		expect(mix('rgb(0, 0, 0)', 'rgb(255, 100, 10)', 0.5)).toBe('rgb(128, 50, 5)');
		expect(mix('rgb(1, 2, 3)', 'rgb(9, 9, 9)', 0)).toBe('rgb(1, 2, 3)');
	});

	it('draws the dark theme with dark lines and cells and light text only', () => {
		const theme = chartTheme(DARK);
		for (const [path, c] of colours(theme)) {
			if (/textStyle|label|Label/.test(path)) expect(luminance(c), path).toBeGreaterThan(0.3);
			else if (/line|Line|border|background|calendar/i.test(path))
				expect(luminance(c), path).toBeLessThan(0.05);
		}
		expect(luminance(emptyCell(DARK))).toBeLessThan(0.03);
	});

	it('ramps the heatmap from a step past the soft accent to the accent', () => {
		const [low, high] = heatRamp(DARK);
		expect(high).toBe(DARK.accent);
		expect(luminance(low)).toBeGreaterThan(luminance(DARK.accentSoft));
		expect(luminance(low)).toBeGreaterThan(luminance(emptyCell(DARK)));
	});
});
