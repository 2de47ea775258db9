import { hash } from './text/hash';

/** A random number generator in [0, 1): same seed, same sequence. */
export type Random = () => number;

/**
 * mulberry32, seeded from any string: quizzes and exercises take a seed so
 * the same URL gives the same questions (and tests can pin them).
 */
export function seededRandom(seed: string): Random {
	let a = parseInt(hash(seed).slice(-8), 16) >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A shuffled copy (Fisher–Yates). */
export function shuffle<T>(items: readonly T[], random: Random): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}

/** A short random seed for a new quiz or exercise URL. */
export function newSeed(): string {
	return Math.floor(Math.random() * 36 ** 6)
		.toString(36)
		.padStart(6, '0');
}
