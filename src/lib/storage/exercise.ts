import { db, type CardRow, type ExerciseAttemptRow } from './db';

export async function saveAttempt(attempt: ExerciseAttemptRow): Promise<number> {
	return (await db.exerciseAttempts.add(attempt)) as number;
}

/** The latest attempts at one template (or lab problem), newest first. */
export async function recentAttempts(template: string, limit = 20): Promise<ExerciseAttemptRow[]> {
	return db.exerciseAttempts
		.where('[template+at]')
		.between([template, new Date(0)], [template, new Date(8.64e15)])
		.reverse()
		.limit(limit)
		.toArray();
}

export interface LibraryExercise {
	card: CardRow;
	articleTitle: string;
}

/**
 * The exercise cards of the library, by article. Only articles whose
 * counts list exercises are read, so a large library is not scanned.
 */
export async function libraryExercises(): Promise<LibraryExercise[]> {
	const articles = (await db.articles.toArray()).filter((a) => a.counts.exercise);
	const out: LibraryExercise[] = [];
	for (const a of articles.sort((x, y) => x.title.localeCompare(y.title))) {
		const cards = await db.cards.where('articleId').equals(a.id).toArray();
		for (const card of cards)
			if (card.kind === 'exercise' && !card.retired) out.push({ card, articleTitle: a.title });
	}
	return out;
}
