/**
 * Figures for the statistics page, computed from what the library stores.
 * Pure: `now` is passed in, days are local calendar days.
 */
import { Rating, State, type ReviewEntry, type Schedule } from '../schedule';

const DAY = 86_400_000;

/** A local calendar day as YYYY-MM-DD. */
export function dayKey(d: Date): string {
	const y = d.getFullYear();
	const m = String(d.getMonth() + 1).padStart(2, '0');
	const day = String(d.getDate()).padStart(2, '0');
	return `${y}-${m}-${day}`;
}

/** Ratings given in review per day (quiz answers are counted apart). */
export function reviewsPerDay(log: Pick<ReviewEntry, 'review' | 'source'>[]): Map<string, number> {
	const out = new Map<string, number>();
	for (const e of log) {
		if (e.source === 'quiz') continue;
		const k = dayKey(e.review);
		out.set(k, (out.get(k) ?? 0) + 1);
	}
	return out;
}

/**
 * Cards coming due on each of the next `days` days (today first, overdue
 * cards counted today). New cards are not forecast: they come as the daily
 * new-card limit lets them.
 */
export function forecast(
	schedules: Pick<Schedule, 'due' | 'bucket'>[],
	now: Date,
	days = 30
): number[] {
	const out = new Array<number>(days).fill(0);
	const today = new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
	for (const s of schedules) {
		if (s.bucket !== 'learn' && s.bucket !== 'review') continue;
		const d = Math.max(0, Math.floor((s.due.getTime() - today) / DAY));
		if (d < days) out[d]++;
	}
	return out;
}

/** An interval of 21 days or more makes a card mature (as Anki counts it). */
export const MATURE_DAYS = 21;

export interface MonthRetention {
	month: string;
	/** Reviews of mature cards that month. */
	reviews: number;
	/** Share of those not rated Again. */
	retention: number;
}

/** True retention per month: of the reviews of mature cards, the share not rated Again. */
export function retentionByMonth(
	log: Pick<ReviewEntry, 'review' | 'state' | 'scheduled_days' | 'rating' | 'source'>[]
): MonthRetention[] {
	const months = new Map<string, { n: number; kept: number }>();
	for (const e of log) {
		if (e.source === 'quiz' || e.state !== State.Review || e.scheduled_days < MATURE_DAYS) continue;
		const k = dayKey(e.review).slice(0, 7);
		const m = months.get(k) ?? { n: 0, kept: 0 };
		m.n++;
		if (e.rating !== Rating.Again) m.kept++;
		months.set(k, m);
	}
	return [...months]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([month, { n, kept }]) => ({ month, reviews: n, retention: kept / n }));
}

export interface StateCounts {
	new: number;
	learning: number;
	young: number;
	mature: number;
	suspended: number;
}

/** Live cards by where they are: new, learning, young (< 21 d) and mature reviews, suspended. */
export function countByState(
	cards: { id: string; suspended: boolean; retired: 0 | 1 }[],
	schedules: Map<string, Pick<Schedule, 'bucket' | 'scheduled_days'>>
): StateCounts {
	const out: StateCounts = { new: 0, learning: 0, young: 0, mature: 0, suspended: 0 };
	for (const c of cards) {
		if (c.retired) continue;
		const s = schedules.get(c.id);
		if (c.suspended) out.suspended++;
		else if (!s || s.bucket === 'new') out.new++;
		else if (s.bucket === 'learn') out.learning++;
		else if (s.scheduled_days >= MATURE_DAYS) out.mature++;
		else out.young++;
	}
	return out;
}

export interface ArticleProgress {
	id: string;
	title: string;
	/** Live cards: never seen, in learning or young, mature. */
	unseen: number;
	learning: number;
	mature: number;
}

export function progressByArticle(
	articles: { id: string; title: string }[],
	cards: { id: string; articleId: string; suspended: boolean; retired: 0 | 1 }[],
	schedules: Map<string, Pick<Schedule, 'bucket' | 'scheduled_days'>>
): ArticleProgress[] {
	const by = new Map(articles.map((a) => [a.id, { ...a, unseen: 0, learning: 0, mature: 0 }]));
	for (const c of cards) {
		const p = by.get(c.articleId);
		if (!p || c.retired) continue;
		const s = schedules.get(c.id);
		if (!s || s.bucket === 'new') p.unseen++;
		else if (s.bucket !== 'off' && s.scheduled_days >= MATURE_DAYS) p.mature++;
		else p.learning++;
	}
	return [...by.values()];
}

/** Share right per day, for quiz scores and exercise attempts. */
export function scoresPerDay(
	items: { at: Date; right: number; total: number }[]
): { day: string; share: number; total: number }[] {
	const days = new Map<string, { right: number; total: number }>();
	for (const i of items) {
		const k = dayKey(i.at);
		const d = days.get(k) ?? { right: 0, total: 0 };
		d.right += i.right;
		d.total += i.total;
		days.set(k, d);
	}
	return [...days]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([day, d]) => ({ day, share: d.total ? d.right / d.total : 0, total: d.total }));
}
