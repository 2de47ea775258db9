import { error } from '@sveltejs/kit';
import { db } from '$lib/storage/db';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params }) => {
	const [meta, text] = await Promise.all([
		db.articles.get(params.id),
		db.articleTexts.get(params.id)
	]);
	if (!meta || !text) error(404, 'This article is not in your library.');
	const article = { ...meta, ...text };
	const cards = (await db.cards.where('articleId').equals(params.id).toArray()).filter(
		(c) => !c.retired
	);
	return { article, cards };
};
