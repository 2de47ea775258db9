import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zh } from './zh';

/** Every literal key passed to t('…') or marked with msg('…') in the UI's source. */
function keysInUse(dir = 'src'): Map<string, string> {
	const keys = new Map<string, string>();
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) {
			for (const [k, f] of keysInUse(path)) keys.set(k, f);
		} else if (/\.(svelte|ts)$/.test(name) && !name.endsWith('.test.ts')) {
			const text = readFileSync(path, 'utf8');
			for (const m of text.matchAll(/\b(?:t|msg)\(\s*(['"])((?:(?!\1)[^\\]|\\.)+)\1/g))
				keys.set(m[2].replace(/\\(.)/g, '$1'), path);
		}
	}
	return keys;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('UI language tables', () => {
	const keys = keysInUse();

	it('finds the UI texts', () => {
		expect(keys.size).toBeGreaterThan(150);
		expect(keys.has('Optimise my schedule')).toBe(true);
	});

	it('has a 中文 text for every key, with the same placeholders', () => {
		const missing = [...keys]
			.filter(([k]) => !zh[k] && !zh[`${k}_other`])
			.map(([k, f]) => `${f}: ${k}`);
		expect(missing).toEqual([]);
		for (const [k, v] of Object.entries(zh)) {
			expect(placeholders(v), k).toEqual(placeholders(k.replace(/_other$/, '')));
		}
	});

	it('keeps no 中文 text that nothing uses', () => {
		const unused = Object.keys(zh).filter((k) => !keys.has(k.replace(/_other$/, '')));
		expect(unused).toEqual([]);
	});

	it('writes 中文 texts without stray English words', () => {
		const allowed =
			/^(Mnemo|FSRS|RMSE|CSV|Anki|TensorFlow|WebGL|CPU|WebAssembly|KaTeX|Markdown|JSON|MB|Cross|Origin|Opener|Policy|Embedder|same|origin|require|corp|FAQ|card_id|review_rating|review_time|review_duration|Space|Enter|Z|E|MSE|tfjs|js|GPU)$/;
		for (const [k, v] of Object.entries(zh)) {
			const words = v.replace(/\{\{\w+\}\}/g, '').match(/[A-Za-z_]{2,}/g) ?? [];
			expect(
				words.filter((w) => !allowed.test(w)),
				k
			).toEqual([]);
		}
		expect(Object.keys(en).every((k) => /_(one|other)$/.test(k))).toBe(true);
	});
});
