import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Article, Card } from '$lib/core';
import { facetOf } from '$lib/core/cards/facet';
import type { Grade, ReviewEntry, Schedule } from '$lib/core/schedule';
import type { QuestionType, QuizScope } from '$lib/core/quiz';

/** A card as stored: the pipeline's card plus what the learner did to it. */
export interface CardRow extends Card {
	/** Hash of the content (kind + front + back), for merging identical cards across articles (see ArticleKeysRow). */
	key: string;
	suspended: boolean;
	/** 1 when its source is gone from the article: history kept, never shown (a number, so it can be indexed). */
	retired: 0 | 1;
	/** Edited by the learner: a re-import does not overwrite the text. */
	edited: boolean;
	createdAt: Date;
}

/**
 * An article's light record, with its live (not retired) cards counted by
 * kind. The counts are kept in step by every write that adds, retires or
 * deletes cards, so the library list never reads cards or article text.
 */
export type ArticleRow = Omit<Article, 'source' | 'outline'> & {
	importedAt: Date;
	counts: Record<string, number>;
};

/** The article's text and heading tree, read only by the pages that show it. */
export type ArticleTextRow = Pick<Article, 'id' | 'source' | 'outline'>;

/** One finished quiz: what was asked, what the learner answered, the score. */
export interface QuizResultRow {
	id?: number;
	/** The topic's key (see `topicKey`), for the history per topic. */
	topic: string;
	scope: QuizScope;
	seed: string;
	types: QuestionType[];
	finishedAt: Date;
	score: number;
	total: number;
	answers: {
		type: QuestionType;
		prompt: string;
		cardIds: string[];
		/** Markdown, as shown on the results page. */
		given: string;
		expected: string;
		correct: boolean;
		/** A typed answer right but for one typo (counted right; the spelling was shown). */
		almost?: boolean;
		/** Cards answered wrongly (all of `cardIds` when absent and not correct: older results). */
		missed?: string[];
		/** The passage the question came from. */
		source?: { articleId: string; line: number };
		/** Milliseconds from showing the question to checking the answer. */
		ms?: number;
	}[];
}

/** One checked answer to an exercise (on its page, in review, or a lab prediction). */
export interface ExerciseAttemptRow {
	id?: number;
	/** A template id, or `lab:<problem>` for a lab prediction. */
	template: string;
	seed: string;
	/** The exercise card it was reviewed as, if any. */
	cardId?: string;
	at: Date;
	given: (number | null)[];
	/** The answer as TensorFlow.js computed it. */
	expected: number[];
	correct: boolean;
	/** The tfjs backend that computed `expected`: 'webgl' or 'cpu'. */
	backend: string;
	/** Time from the numbers shown to the answer checked. */
	ms: number;
}

/**
 * The content keys of an article's live cards, one row per article. An
 * import reads these few rows to find cards another article already has,
 * instead of an index entry per card (which every import had to walk).
 */
export interface ArticleKeysRow {
	id: string;
	keys: string[];
}

/** An article's new cards that have no schedule row yet, in order (see fresh.ts). */
export interface FreshRow {
	id: string;
	/** When the article's cards were first imported: the new cards' place in the queue. */
	at: Date;
	cardIds: string[];
	/**
	 * The sibling keys of the listed cards that have one (see `Card.sibling`), so
	 * the queue need not read the cards; absent on rows written before siblings.
	 */
	siblings?: Record<string, string>;
}

/**
 * A review brought in from elsewhere (a review-history CSV): it feeds the
 * schedule optimizer only, as its cards are not in the library. One row per
 * card and time, so importing the same file twice adds nothing.
 */
export interface HistoryRow {
	cardId: string;
	/** Epoch milliseconds. */
	at: number;
	rating: Grade;
	duration: number;
	/** The file it came from. */
	source: string;
}

export interface SettingRow {
	key: string;
	value: unknown;
}

/**
 * The whole library, in IndexedDB. Each schema version stays declared, so a
 * browser with an older database upgrades step by step.
 */
export class MnemoDB extends Dexie {
	articles!: EntityTable<ArticleRow, 'id'>;
	articleTexts!: EntityTable<ArticleTextRow, 'id'>;
	cards!: EntityTable<CardRow, 'id'>;
	schedules!: EntityTable<Schedule, 'cardId'>;
	reviewLog!: EntityTable<ReviewEntry, 'id'>;
	quizResults!: EntityTable<QuizResultRow, 'id'>;
	exerciseAttempts!: EntityTable<ExerciseAttemptRow, 'id'>;
	articleKeys!: EntityTable<ArticleKeysRow, 'id'>;
	fresh!: EntityTable<FreshRow, 'id'>;
	history!: Table<HistoryRow, [string, number]>;
	settings!: EntityTable<SettingRow, 'key'>;

	constructor(name = 'mnemo') {
		super(name);
		this.version(1).stores({
			articles: 'id, title, importedAt',
			articleTexts: 'id',
			cards: 'id, articleId, key',
			schedules: 'cardId, [bucket+due]',
			reviewLog: '++id, cardId, review',
			settings: 'key'
		});
		this.version(2).stores({ quizResults: '++id, [topic+finishedAt], finishedAt' });
		this.version(3).stores({ exerciseAttempts: '++id, [template+at], cardId, at' });
		this.version(4)
			.stores({ cards: 'id, articleId', articleKeys: 'id' })
			.upgrade(async (tx) => {
				const live = new Map<string, string[]>();
				await tx.table<CardRow>('cards').each((c) => {
					if (c.retired) return;
					const keys = live.get(c.articleId) ?? [];
					keys.push(c.key);
					live.set(c.articleId, keys);
				});
				await tx
					.table<ArticleKeysRow>('articleKeys')
					.bulkPut([...live].map(([id, keys]) => ({ id, keys })));
			});
		// Older libraries keep their new cards' schedule rows (bucket 'new'); the
		// queue reads both, so nothing needs converting.
		this.version(5).stores({ fresh: 'id' });
		this.version(6).stores({ history: '[cardId+at], source' });
		// Cards made before facets get the facet their wording implies, so the
		// quiz and the card faces read one shape (see core/cards/facet.ts).
		this.version(7)
			.stores({})
			.upgrade((tx) =>
				tx
					.table<CardRow>('cards')
					.toCollection()
					.modify((c) => {
						if (!c.facet) c.facet = facetOf(c);
					})
			);
	}
}

export const db = new MnemoDB();

type Listener = () => void;
const upgradeListeners = new Set<Listener>();

/**
 * Another tab opened a newer schema: close this connection so its upgrade
 * can go on, and tell the page, which asks the learner to reload (this tab's
 * code knows only the old schema). At most the card on screen is lost: every
 * rating was already committed.
 */
db.on('versionchange', () => {
	db.close();
	upgradeListeners.forEach((l) => l());
	return false;
});

export function onUpgradeElsewhere(listener: Listener): () => void {
	upgradeListeners.add(listener);
	return () => upgradeListeners.delete(listener);
}
