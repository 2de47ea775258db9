/**
 * When is an imported file an article already in the library? Its id comes
 * from its file name (or, without one, its title: see `parseArticle`), which
 * keeps history across re-imports of an edited file, but two unrelated
 * `notes.md` share a name. So a name is only where to look: the file is the
 * same article only when its text is recognisably the stored one's.
 */
import { hash } from '../text/hash';

/**
 * Words in a row that make one shingle (a CJK character counts as one
 * word). Longer shingles tell a file made from a template (every line the
 * same but for a name) from an edit (whole paragraphs kept): with 4 words,
 * 360 of 41,326 pairs of different packages' README.md reached
 * SAME_ARTICLE; with 8, 41; real edits scored alike (see below).
 */
const SHINGLE = 8;

/**
 * At or above this similarity (see `textSimilarity`) a file with a taken
 * name is the stored article, edited. Measured with 8-word shingles:
 * - real edits: Mnemo's own README.md in its 11 versions, 53 of the 55
 *   pairs (the two below, at 0.48, are its first version against the
 *   latest); a package's README.md in the two versions installed here, 7
 *   of 11 (below: 400-byte d3 stubs against full docs, minimatch);
 * - edits made to the 16 corpus and seed files: a section cut 0.96 or
 *   more, three sections added 0.73, the text doubled 0.58, lines
 *   re-wrapped 1.0, typos in a tenth of the words 0.72; every third
 *   paragraph replaced 0.43–0.72 (15 of 16);
 * - different texts: the 120 pairs of corpus and seed files at most 0.15
 *   (a d2l chapter and its translation, which share formulas and code);
 *   41,326 pairs of different packages' README.md: 41 at 0.5 or more (at
 *   most 0.84), every one made from its project's template (@types/d3-*,
 *   @eslint/*, @typescript-eslint/*), which no measure of text tells apart.
 * Taking an edit for a new article costs a second copy, said in the
 * summary (the old one keeps its cards and history); taking another text
 * for an edit would retire that article's cards. So the bar is half.
 */
export const SAME_ARTICLE = 0.5;

/**
 * The text's shingles: runs of SHINGLE words, with words folded (NFKC,
 * lower case) and everything that is not a letter or digit dropped, so
 * re-wrapped lines, changed emphasis or list marks do not count as edits.
 * A CJK character is a word of its own.
 */
export function shingles(text: string): Set<string> {
	const words =
		text
			.normalize('NFKC')
			.toLowerCase()
			.match(
				/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|[\p{L}\p{N}_]+/gu
			) ?? [];
	const out = new Set<string>();
	if (words.length && words.length < SHINGLE) out.add(words.join(' '));
	for (let i = 0; i + SHINGLE <= words.length; i++) out.add(words.slice(i, i + SHINGLE).join(' '));
	return out;
}

/**
 * How much of two texts is the same, 0…1: the cosine of their shingle
 * sets, shared / √(|a|·|b|). An article grown to twice its length, or cut to
 * half, still scores 0.71. Tried first, with 4-word shingles: the overlap
 * coefficient (shared over the smaller set) let a short file inside a
 * longer one count as the same (a README that is mostly the MIT license
 * scored 0.66 against eight other packages'); the Jaccard index called real
 * edits different (0.25 for the README's first and latest versions).
 */
export function textSimilarity(a: string | Set<string>, b: string | Set<string>): number {
	const x = typeof a === 'string' ? shingles(a) : a;
	const y = typeof b === 'string' ? shingles(b) : b;
	if (!x.size || !y.size) return x.size === y.size ? 1 : 0;
	const [small, large] = x.size <= y.size ? [x, y] : [y, x];
	let shared = 0;
	for (const s of small) if (large.has(s)) shared++;
	return shared / Math.sqrt(x.size * y.size);
}

/** An article already stored under the incoming one's name: its id, its title and its text. */
export interface StoredText {
	id: string;
	title: string;
	source: string;
}

export type Identity =
	/** Nothing stored under this name: a new article, with the id from its name. */
	| { kind: 'new'; id: string }
	/** The stored article `id`, edited or not. */
	| { kind: 'same'; id: string; similarity: number }
	/** Another text with a taken name: a new article beside `namesake` (its closest), with an id of its own. */
	| { kind: 'distinct'; id: string; namesake: { id: string; title: string }; similarity: number };

/**
 * The id of a text that shares `baseId`'s name but not its text. It is made
 * from the name and the text, so the same file gets the same id on every
 * device, and it starts with `baseId` so the articles that share a name are
 * found by one key range (`sharesName`; storage reads them so).
 */
export function distinctId(baseId: string, source: string): string {
	return `${baseId}-${hash(source.normalize('NFKC'))}`;
}

/** Whether `id` is `baseId` or one of the distinct ids made from it. */
export function sharesName(id: string, baseId: string): boolean {
	return id === baseId || id.startsWith(baseId + '-');
}

/**
 * Decides which article an imported text is. `baseId` is the id its name
 * gives (`Article.id` as parsed); `stored` are the library's articles under
 * that name (`sharesName`). The most similar one at or above SAME_ARTICLE
 * is the same article. Otherwise the text is a new article: under `baseId`
 * when no article holds it (a namesake may have a distinct id, or the
 * first may have been deleted), else under `distinctId`.
 */
export function articleIdentity(
	incoming: { id: string; source: string },
	stored: StoredText[]
): Identity {
	if (!stored.length) return { kind: 'new', id: incoming.id };
	const mine = shingles(incoming.source);
	const scored = stored
		.map((article) => ({ article, similarity: textSimilarity(mine, article.source) }))
		.sort((a, b) => b.similarity - a.similarity);
	const best = scored[0];
	if (best.similarity >= SAME_ARTICLE)
		return { kind: 'same', id: best.article.id, similarity: best.similarity };
	const taken = stored.some((a) => a.id === incoming.id);
	return {
		kind: 'distinct',
		id: taken ? distinctId(incoming.id, incoming.source) : incoming.id,
		namesake: { id: best.article.id, title: best.article.title },
		similarity: best.similarity
	};
}
