/**
 * The app's colours (app.css), as the browser resolves them for one element: each is a
 * `light-dark()` pair, so the same names give the light or the dark set, whichever the page
 * shows. Charts take their colours from here rather than from a palette of their own.
 */
export interface Palette {
	dark: boolean;
	text: string;
	muted: string;
	line: string;
	/** What the chart is drawn on (a panel, or the page). */
	surface: string;
	bg: string;
	accent: string;
	accentSoft: string;
	warn: string;
}

const VARS = {
	text: '--text',
	muted: '--muted',
	line: '--line',
	surface: '--surface',
	bg: '--bg',
	accent: '--accent',
	accentSoft: '--accent-soft',
	warn: '--warn'
} as const;

/** Resolves the palette where `node` is (custom properties hold `light-dark()` unresolved). */
export function readPalette(node: HTMLElement): Palette {
	const probe = document.createElement('span');
	probe.style.display = 'none';
	node.append(probe);
	const colours = {} as Record<keyof typeof VARS, string>;
	for (const [name, variable] of Object.entries(VARS) as [keyof typeof VARS, string][]) {
		probe.style.color = `var(${variable})`;
		colours[name] = getComputedStyle(probe).color;
	}
	const dark = getComputedStyle(probe).colorScheme === 'dark' || luminance(colours.bg) < 0.5;
	probe.remove();
	return { dark, ...colours };
}

/** Relative luminance (0 black – 1 white) of an `rgb(…)` colour, per WCAG 2. */
export function luminance(colour: string): number {
	const [r, g, b] = (colour.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((c) => {
		const v = Number(c) / 255;
		return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** What an option builder may depend on: the colours and the width it is drawn at. */
export interface ChartContext {
	palette: Palette;
	/** The chart's width in CSS pixels. */
	width: number;
}
