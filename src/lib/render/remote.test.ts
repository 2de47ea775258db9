import { describe, expect, it } from 'vitest';
import { isLocal, localCss, safeDiagram } from './remote';

const BASE = 'http://localhost:4173/article/1';

describe('remote resources in imported content', () => {
	it('tells the app’s own URLs, data: and blob: from other hosts', () => {
		expect(isLocal('/favicon.svg', BASE)).toBe(true);
		expect(isLocal('data:image/png;base64,AA==', BASE)).toBe(true);
		expect(isLocal('blob:http://localhost:4173/x', BASE)).toBe(true);
		expect(isLocal('http://127.0.0.1:9999/pixel.png', BASE)).toBe(false);
		expect(isLocal('//evil.example/p.png', BASE)).toBe(false);
	});

	it('takes remote url(), @import and @font-face out of CSS', () => {
		const css =
			'@import url(http://x.example/a.css); .a{background:url("http://x.example/p.png")} @font-face{font-family:F;src:url(http://x.example/f.woff)} .b{background:url(/ok.png)}';
		const out = localCss(css, BASE);
		expect(out).not.toContain('x.example');
		expect(out).toContain('background:none');
		expect(out).toContain('url(/ok.png)');
	});

	it('drops Mermaid init directives and image tags in labels, keeps line breaks', () => {
		const src =
			"%%{init: {'securityLevel': 'loose', 'themeCSS': '.x{}'}}%%\nflowchart LR\n A[\"a<br>b <img src='http://x.example/p.png'>\"]-->B";
		expect(safeDiagram(src)).toBe('\nflowchart LR\n A["a<br>b "]-->B');
	});
});
