import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeInstance, TEMPLATES } from '$lib/core/exercise';
import { english, type Translate } from '$lib/core/say';
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
		const formulas = (s: string) => [...new Set(s.match(/\$[^$]*\$/g))].sort();
		for (const [k, v] of Object.entries(zh)) {
			const key = k.replace(/_other$/, '');
			expect(placeholders(v), k).toEqual(placeholders(key));
			// A translated exercise keeps its formulas exactly.
			expect(formulas(v), k).toEqual(formulas(key));
		}
	});

	it('keeps no 中文 text that nothing uses', () => {
		const unused = Object.keys(zh).filter((k) => !keys.has(k.replace(/_other$/, '')));
		expect(unused).toEqual([]);
	});

	it('writes 中文 texts without stray English words', () => {
		// Names of products, formats and terms Chinese texts write in Latin letters too.
		const allowed =
			/^(Mnemo|FSRS|RMSE|CSV|Anki|TensorFlow|WebGL|CPU|WebAssembly|KaTeX|Markdown|JSON|MB|Cross|Origin|Opener|Policy|Embedder|same|origin|require|corp|FAQ|card_id|review_rating|review_time|review_duration|Space|Enter|Z|E|MSE|tfjs|js|GPU|PDF|PNG|JPEG|GIF|ZIP|Word|Excel|gzip|HTML|RTF|UTF|NUL|SGD|MLP|ReLU|sigmoid|Softmax|softmax|logits|QK|d_k)$/;
		for (const [k, v] of Object.entries(zh)) {
			// Formulas ($…$), values ({{…}}), quoted markers and #headers are not words.
			const prose = v.replace(/\$[^$]*\$|\{\{\w+\}\}|"[^"]*"|#\w+/g, '');
			const words = prose.match(/[A-Za-z_]{2,}/g) ?? [];
			expect(
				words.filter((w) => !allowed.test(w)),
				k
			).toEqual([]);
		}
		expect(Object.keys(en).every((k) => /_(one|other)$/.test(k))).toBe(true);
	});

	it('says every exercise in 中文 with the same formulas and numbers', () => {
		const inZh: Translate = (text, vars) => english(zh[text] ?? text, vars);
		const math = (s: string) => [...new Set(s.match(/\$[^$]*\$/g))].sort();
		const prose = (s: string) => s.replace(/\$[^$]*\$/g, '');
		for (const template of TEMPLATES) {
			const { inputs } = makeInstance(template, 'zh');
			const pairs: [string, string][] = [
				[template.task(inputs), template.task(inputs, inZh)],
				...template
					.steps(inputs)
					.map((s, i): [string, string] => [s.say, template.steps(inputs, inZh)[i].say]),
				...template
					.mistakes(inputs)
					.map((m, i): [string, string] => [m.say, template.mistakes(inputs, inZh)[i].say])
			];
			for (const [english, chinese] of pairs) {
				if (english === 'ReLU') continue;
				expect(chinese, english).toMatch(/[\u4e00-\u9fff]/);
				expect(math(chinese), english).toEqual(math(english));
				expect(prose(chinese), english).not.toMatch(/\b(the|is|of|and|Compute|What)\b/);
			}
			expect(zh[template.title], template.id).toBeTruthy();
			expect(math(zh[template.legend]), template.id).toEqual(math(template.legend));
		}
	});
});
