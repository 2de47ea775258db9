/**
 * The sample library: five articles shipped with the app so a first visit
 * has decks to open. Three of them have no title line of their own, so the
 * titles are given here.
 */
const files = import.meta.glob('./*.md', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

export interface Sample {
	path: string;
	title: string;
	source: string;
}

const TITLES: Record<string, string> = {
	'000_3a9609661c311274.md': '大模型创业：行业发展趋势与挑战',
	'001_16e893183bbacf22.md': '技术突破引领：大模型创业的加速引擎',
	'002_1ec95853a89ca60e.md': 'AI大模型创业：如何实现盈利？',
	'003_bc53b2b82a1ec737.md': 'AI大模型创业：如何应对未来技术挑战？',
	'004_74aad78e91617ff9.md': '大模型在 AI 时代的创业产品趋势'
};

export const samples: Sample[] = Object.entries(files)
	.map(([key, source]) => {
		const path = key.replace(/^\.\//, '');
		return { path, title: TITLES[path] ?? path, source };
	})
	.sort((a, b) => a.path.localeCompare(b.path));
