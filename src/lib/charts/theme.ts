/**
 * The ECharts theme made from the app's palette: text, axes, grid lines, tooltips, legends,
 * calendar cells and pie labels in the page's own colours, light or dark. Options set only
 * what their data means (a series' colour); the rest comes from here.
 */
import type { Palette } from './palette';

export function chartTheme(p: Palette): Record<string, unknown> {
	const axis = {
		axisLine: { lineStyle: { color: p.line } },
		axisTick: { lineStyle: { color: p.line } },
		axisLabel: { color: p.muted },
		splitLine: { lineStyle: { color: [p.line] } },
		nameTextStyle: { color: p.muted }
	};
	return {
		color: [p.accent, '#e67e22', '#1e8a4c', p.warn],
		backgroundColor: 'transparent',
		textStyle: { color: p.muted },
		legend: { textStyle: { color: p.muted }, inactiveColor: p.line },
		tooltip: {
			backgroundColor: p.surface,
			borderColor: p.line,
			textStyle: { color: p.text }
		},
		categoryAxis: axis,
		valueAxis: axis,
		calendar: {
			itemStyle: { color: emptyCell(p), borderColor: p.surface, borderWidth: 2 },
			splitLine: { show: false },
			dayLabel: { color: p.muted },
			monthLabel: { color: p.muted },
			yearLabel: { color: p.muted }
		},
		// Labels in plain text colour, no outline (ECharts' default halo is unreadable in the dark).
		pie: {
			itemStyle: { borderColor: p.surface, borderWidth: 2 },
			label: { color: p.text, textBorderWidth: 0, textShadowBlur: 0 },
			labelLine: { lineStyle: { color: p.muted } }
		}
	};
}

/** A day without reviews: a step from the surface towards the line colour (dark stays dark). */
export function emptyCell(p: Palette): string {
	return mix(p.surface, p.line, 0.6);
}

/**
 * The heatmap's ramp, from one review to the most in a day: from a quarter of the way to the
 * accent (so one review stands out from an empty day) to the accent itself.
 */
export function heatRamp(p: Palette): string[] {
	return [mix(p.accentSoft, p.accent, 0.25), p.accent];
}

/** `a` moved by `t` (0–1) towards `b`, both `rgb(…)`. */
export function mix(a: string, b: string, t: number): string {
	const [x, y] = [a, b].map((c) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number));
	const channels = x.map((v, i) => Math.round(v + (y[i] - v) * t));
	return `rgb(${channels.join(', ')})`;
}
