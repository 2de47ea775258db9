/**
 * Source items: the passage a question is really about. Cards made from one
 * item answer each other (a formula's name card gives away its reverse card;
 * a flow's ordering question gives away every "what comes after"), so a quiz
 * asks about each item once while the topic has others to ask about.
 */
import type { Card } from '../cards';

/**
 * The item of each card: cards sharing a `sibling` key are one item, and so
 * are cards of one article whose source lines overlap (a definition read
 * from a list's item belongs to that list; a cloze and a concept card from
 * one sentence belong together even without a shared key).
 *
 * @returns card id → item key (the id of one card of the item)
 */
export function sourceItems(cards: Card[]): Map<string, string> {
	const parent = new Map<string, string>(cards.map((c) => [c.id, c.id]));
	const find = (id: string): string => {
		let root = id;
		while (parent.get(root) !== root) root = parent.get(root)!;
		// Path halving keeps later finds short.
		for (let at = id; parent.get(at) !== root;) {
			const next = parent.get(at)!;
			parent.set(at, root);
			at = next;
		}
		return root;
	};
	const join = (a: string, b: string) => {
		const x = find(a);
		const y = find(b);
		if (x !== y) parent.set(y, x);
	};

	const bySibling = new Map<string, string>();
	for (const c of cards) {
		if (!c.sibling) continue;
		const first = bySibling.get(c.sibling);
		if (first) join(first, c.id);
		else bySibling.set(c.sibling, c.id);
	}

	// Overlapping line ranges, per article: sort by first line and sweep.
	const byArticle = new Map<string, Card[]>();
	for (const c of cards) byArticle.set(c.articleId, [...(byArticle.get(c.articleId) ?? []), c]);
	for (const group of byArticle.values()) {
		const sorted = [...group].sort((a, b) => a.context.line - b.context.line);
		let open: Card | null = null;
		for (const c of sorted) {
			if (open && c.context.line <= open.context.endLine) {
				join(open.id, c.id);
				if (c.context.endLine > open.context.endLine) open = c;
			} else open = c;
		}
	}
	return new Map(cards.map((c) => [c.id, find(c.id)]));
}
