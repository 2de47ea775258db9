/**
 * Normalisation used for ids and comparisons: NFKC folds full-width letters,
 * digits and punctuation to half-width (ＡＢＣ１２３，→ ABC123,), then case
 * and runs of white space are folded.
 */
export function normalise(text: string): string {
	return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Share of CJK ideographs among letters decides: Chinese or English. */
export function detectLang(text: string): 'zh' | 'en' {
	const cjk = text.match(/\p{Script=Han}/gu)?.length ?? 0;
	const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
	// A Chinese word is one or two characters, an English one about five letters.
	return cjk * 4 > latin ? 'zh' : 'en';
}
