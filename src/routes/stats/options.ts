/** The statistics page's charts as ECharts options, from the figures in LibraryStats. */
import { dayKey } from '$lib/core/stats';
import type { LibraryStats } from '$lib/storage/stats';
import type { EChartsCoreOption } from 'echarts/core';
import type { ChartContext } from '$lib/charts/palette';
import { heatRamp } from '$lib/charts/theme';
import { language, locale, msg, t } from '$lib/i18n/index.svelte';

const DAY = 86_400_000;
const tooltip = { trigger: 'axis' as const };

/**
 * A year of reviews per day; on a narrow box (a phone) the last half year, so that the month
 * labels have room (53 weeks in 300 px put them on top of each other).
 */
export function heatmap(s: LibraryStats, now: Date): (c: ChartContext) => EChartsCoreOption {
	return ({ palette, width }) => {
		const days = width < 560 ? 26 * 7 - 1 : 364;
		const from = dayKey(new Date(now.getTime() - days * DAY));
		const max = Math.max(1, ...s.reviewsByDay.values());
		const zh = language() === 'zh';
		return {
			tooltip: {
				formatter: (p: { value: [string, number] }) =>
					t('{{day}}: {{n}} reviews', { day: p.value[0], n: p.value[1] })
			},
			visualMap: { show: false, min: 1, max, inRange: { color: heatRamp(palette) } },
			calendar: {
				range: [from, dayKey(now)],
				cellSize: ['auto', 13],
				left: 30,
				right: 10,
				top: 20,
				yearLabel: { show: false },
				dayLabel: {
					firstDay: 1,
					nameMap: zh
						? ['日', '一', '二', '三', '四', '五', '六']
						: ['S', 'M', 'T', 'W', 'T', 'F', 'S'],
					fontSize: 9
				},
				monthLabel: { fontSize: 10, nameMap: zh ? 'ZH' : 'EN' }
			},
			series: [{ type: 'heatmap', coordinateSystem: 'calendar', data: [...s.reviewsByDay] }]
		};
	};
}

export function forecastChart(s: LibraryStats, now: Date): EChartsCoreOption {
	const labels = s.forecast.map((_, i) =>
		i === 0
			? t('today')
			: new Date(now.getTime() + i * DAY).toLocaleDateString(locale(), {
					month: 'numeric',
					day: 'numeric'
				})
	);
	return {
		tooltip,
		grid: { left: 36, right: 10, top: 16, bottom: 30 },
		xAxis: { type: 'category', data: labels },
		yAxis: { type: 'value', minInterval: 1 },
		series: [{ type: 'bar', name: t('Due'), data: s.forecast }]
	};
}

export function retentionChart(s: LibraryStats): EChartsCoreOption {
	return {
		tooltip,
		grid: { left: 44, right: 10, top: 16, bottom: 30 },
		xAxis: { type: 'category', data: s.retention.map((m) => m.month) },
		yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } },
		series: [
			{
				type: 'line',
				name: t('True retention'),
				data: s.retention.map((m) => Math.round(m.retention * 1000) / 10),
				itemStyle: { color: '#1e8a4c' }
			}
		]
	};
}

/** The states' names as the chart's legend shows them (translated). */
export const STATE_NAMES = [
	msg('new'),
	msg('learning'),
	msg('young'),
	msg('mature'),
	msg('suspended')
];

const STATE_COLORS = {
	new: '#9dbbe9',
	learning: '#c0392b',
	young: '#7bc39a',
	mature: '#1e8a4c',
	suspended: '#bbb'
};

export function statesChart(s: LibraryStats): EChartsCoreOption {
	return {
		tooltip: { trigger: 'item' },
		legend: { bottom: 0 },
		series: [
			{
				type: 'pie',
				radius: ['40%', '70%'],
				top: -20,
				label: { formatter: '{b}: {c}' },
				data: Object.entries(s.states)
					.filter(([, n]) => n)
					.map(([name, value]) => ({
						name: t(name),
						value,
						itemStyle: { color: STATE_COLORS[name as keyof typeof STATE_COLORS] }
					}))
			}
		]
	};
}

/** On a phone the titles are cut shorter, so the bars keep half the width. */
export function articlesChart(s: LibraryStats): (c: ChartContext) => EChartsCoreOption {
	return ({ width }) => {
		const narrow = width < 560;
		const max = narrow ? 8 : 16;
		const short = (title: string) => (title.length > max ? title.slice(0, max - 1) + '…' : title);
		const bar = (name: string, key: 'unseen' | 'learning' | 'mature', color: string) => ({
			type: 'bar',
			name,
			stack: 'cards',
			data: s.articles.map((a) => a[key]),
			itemStyle: { color }
		});
		return {
			tooltip,
			legend: { bottom: 0 },
			// The titles are laid out inside the box, however long they are in this language.
			grid: {
				left: 10,
				right: 16,
				top: 10,
				bottom: 40,
				outerBoundsMode: 'same',
				outerBoundsContain: 'axisLabel'
			},
			xAxis: { type: 'value', minInterval: 1, splitNumber: narrow ? 3 : 5 },
			yAxis: {
				type: 'category',
				data: s.articles.map((a) => short(a.title)),
				inverse: true
			},
			series: [
				bar(t('not seen yet'), 'unseen', '#9dbbe9'),
				bar(t('learning / young'), 'learning', '#7bc39a'),
				bar(t('mature'), 'mature', '#1e8a4c')
			]
		};
	};
}

export function resultsChart(s: LibraryStats): EChartsCoreOption {
	const days = [...new Set([...s.quizzes, ...s.exercises].map((d) => d.day))].sort();
	// Colours from the theme's palette: the accent for quizzes, then orange for exercises.
	const series = (name: string, rows: { day: string; share: number }[]) => {
		const by = new Map(rows.map((r) => [r.day, Math.round(r.share * 100)]));
		return {
			type: 'line',
			name,
			connectNulls: true,
			data: days.map((d) => by.get(d) ?? null)
		};
	};
	return {
		tooltip,
		legend: { bottom: 0 },
		grid: { left: 44, right: 10, top: 16, bottom: 50 },
		xAxis: { type: 'category', data: days },
		yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } },
		series: [series(t('Quizzes'), s.quizzes), series(t('Exercises'), s.exercises)]
	};
}
