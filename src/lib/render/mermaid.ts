/**
 * Draws the `.mermaid-src` placeholders inside `root`. Mermaid is large, so
 * it is imported only the first time a page actually has a diagram.
 * `securityLevel: 'strict'` makes Mermaid sanitise labels and refuse click
 * handlers: diagrams come from untrusted articles.
 */
import { t } from '$lib/i18n/index.svelte';
import { safeDiagram, stripRemote } from './remote';

type Mermaid = (typeof import('mermaid'))['default'];

let loading: Promise<Mermaid> | null = null;
let counter = 0;

function load(): Promise<Mermaid> {
	loading ??= import('mermaid').then(({ default: mermaid }) => {
		mermaid.initialize({
			startOnLoad: false,
			securityLevel: 'strict',
			layout: 'dagre',
			theme: matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'default',
			flowchart: { htmlLabels: false }
		});
		return mermaid;
	});
	return loading;
}

export async function renderDiagrams(root: HTMLElement): Promise<void> {
	const pending = [...root.querySelectorAll<HTMLElement>('.mermaid-src:not([data-state])')];
	if (!pending.length) return;
	const mermaid = await load();
	for (const el of pending) {
		el.dataset.state = 'drawing';
		// An article's directives may not change security settings or add theme CSS, nor its labels
		// load images.
		const source = safeDiagram(el.querySelector('pre')?.textContent ?? '');
		try {
			const { svg } = await mermaid.render(`mnemo-diagram-${++counter}`, source);
			// Parsed into an inert template first: an image in it loads nothing until inserted.
			const drawn = document.createElement('template');
			drawn.innerHTML = svg;
			stripRemote(drawn.content);
			el.replaceChildren(drawn.content);
			el.dataset.state = 'done';
		} catch (e) {
			el.dataset.state = 'error';
			const note = document.createElement('p');
			note.className = 'diagram-error';
			note.textContent = t('This diagram could not be drawn: {{reason}}', {
				reason: (e as Error).message
			});
			el.append(note);
		}
	}
}
