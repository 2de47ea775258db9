/**
 * What a typed answer may be: the card's own short answer and the other
 * names the topic gives the same thing (a term's gloss: "均方误差" and "MSE";
 * "大模型" and "Large-scale Model"), read from the cards' facets.
 */
import type { Card } from '../cards';
import { facetOf } from '../cards/facet';
import { answerOf, plain } from './answers';
import { foldAnswer } from './typed';

/** Folded term → its other names, both ways, from the topic's definition cards. */
export type Glossary = Map<string, string[]>;

/** "均方误差（MSE）" → ["均方误差（MSE）", "均方误差", "MSE"]: a name written with its gloss. */
export function withGloss(name: string): string[] {
	const m = name.match(/^(.+?)\s*[（(]([^（）()]+)[）)]$/);
	return m ? [name, m[1].trim(), m[2].trim()] : [name];
}

/** The topic's terms and their glosses, so either name is accepted for the other. */
export function glossaryOf(cards: Card[]): Glossary {
	const glossary: Glossary = new Map();
	const add = (a: string, b: string) => {
		const key = foldAnswer(a);
		if (!key || foldAnswer(b) === key) return;
		glossary.set(key, [...new Set([...(glossary.get(key) ?? []), b])]);
	};
	for (const c of cards) {
		const f = facetOf(c);
		if (f.type !== 'definition' || !f.gloss) continue;
		add(f.term, f.gloss);
		add(f.gloss, f.term);
	}
	return glossary;
}

/**
 * The plain texts any of which answers the card when typed, or [] when its
 * answer is no short text (a definition, a formula, a list): the term of a
 * definition (and its gloss), a symbol's meaning, a formula's name, a
 * worked example's result, a cloze's span, a flow step's one neighbour.
 */
export function acceptedOf(card: Card, glossary: Glossary = new Map()): string[] {
	const f = facetOf(card);
	let own: string[];
	switch (f.type) {
		case 'definition':
			own = [f.term, ...(f.gloss ? [f.gloss, `${f.term}（${f.gloss}）`] : [])];
			break;
		case 'symbol':
			own = withGloss(plain(f.meaning));
			break;
		case 'formula':
			if (f.ask === 'name' && f.name) own = withGloss(f.name);
			else if (f.ask === 'result' && f.result) own = [f.result];
			else own = [];
			break;
		case 'cloze':
			own = [f.span];
			break;
		case 'flow':
			own = f.neighbours.length === 1 ? [f.neighbours[0]] : [];
			break;
		default:
			own = [];
	}
	const all = own.flatMap((a) => [a, ...(glossary.get(foldAnswer(a)) ?? [])]);
	return [...new Set(all.map((a) => a.trim()).filter(Boolean))];
}

/** The accepted forms, or the card's answer as plain text when it has none of its own. */
export function answersOf(card: Card, glossary: Glossary): string[] {
	const accepted = acceptedOf(card, glossary);
	return accepted.length ? accepted : [plain(answerOf(card))];
}
