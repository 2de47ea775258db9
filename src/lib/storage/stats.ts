import {
	countByState,
	forecast,
	progressByArticle,
	retentionByMonth,
	reviewsPerDay,
	scoresPerDay,
	type ArticleProgress,
	type MonthRetention,
	type StateCounts
} from '$lib/core/stats';
import type { Schedule } from '$lib/core/schedule';
import { db } from './db';

export interface LibraryStats {
	reviewsByDay: Map<string, number>;
	totalReviews: number;
	forecast: number[];
	retention: MonthRetention[];
	states: StateCounts;
	articles: ArticleProgress[];
	quizzes: { day: string; share: number; total: number }[];
	exercises: { day: string; share: number; total: number }[];
}

/** Everything the statistics page draws, read in one transaction. */
export async function loadStats(now = new Date()): Promise<LibraryStats> {
	const tables = [
		db.articles,
		db.cards,
		db.schedules,
		db.reviewLog,
		db.quizResults,
		db.exerciseAttempts
	];
	const [articles, cards, schedules, log, quizzes, attempts] = await db.transaction(
		'r',
		tables,
		() =>
			Promise.all([
				db.articles.toArray(),
				db.cards.toArray(),
				db.schedules.toArray(),
				db.reviewLog.toArray(),
				db.quizResults.toArray(),
				db.exerciseAttempts.toArray()
			])
	);
	const byId = new Map<string, Schedule>(schedules.map((s) => [s.cardId, s]));
	return {
		reviewsByDay: reviewsPerDay(log),
		totalReviews: log.filter((e) => e.source !== 'quiz').length,
		forecast: forecast(schedules, now),
		retention: retentionByMonth(log),
		states: countByState(cards, byId),
		articles: progressByArticle(
			articles.sort((a, b) => a.title.localeCompare(b.title)),
			cards,
			byId
		),
		quizzes: scoresPerDay(
			quizzes.map((q) => ({ at: q.finishedAt, right: q.score, total: q.total }))
		),
		exercises: scoresPerDay(
			attempts
				.filter((a) => !a.template.startsWith('lab:'))
				.map((a) => ({ at: a.at, right: a.correct ? 1 : 0, total: 1 }))
		)
	};
}
