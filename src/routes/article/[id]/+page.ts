import { error } from '@sveltejs/kit';
import { db } from '$lib/storage/db';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params }) => {
	const article = await db.articles.get(params.id);
	if (!article) error(404, 'This article is not in your library.');
	const cards = (await db.cards.where('articleId').equals(params.id).toArray()).filter(
		(c) => !c.retired
	);
	return { article, cards };
};
