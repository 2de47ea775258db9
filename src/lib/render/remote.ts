/**
 * Imported articles never make the browser contact another host: "nothing is sent to a server"
 * includes the request an image or a stylesheet's url() makes (a beacon). The app's
 * Content-Security-Policy blocks such loads too; removing them first keeps the page free of
 * policy violations and shows the learner what was left out.
 */

/** A URL the app itself serves, or one that loads nothing from a network (data:, blob:). */
export function isLocal(url: string, base = location.href): boolean {
	if (/^\s*(data|blob):/i.test(url)) return true;
	try {
		return new URL(url, base).origin === new URL(base).origin;
	} catch {
		return false;
	}
}

/** CSS with every remote url(), @import and @font-face taken out. */
export function localCss(css: string, base?: string): string {
	return css
		.replace(/@import[^;]*;?/gi, '')
		.replace(/@font-face\s*\{[^}]*\}/gi, '')
		.replace(/url\(\s*(['"]?)([^'")]*)\1\s*\)/gi, (whole, _q, url: string) =>
			isLocal(url, base) ? whole : 'none'
		);
}

/**
 * Takes out of `root` (not yet in the document, so nothing has loaded) every image with a
 * remote source and every remote url() in styles; an image leaves its alt text and where it was
 * from.
 */
export function stripRemote(root: ParentNode, base?: string): number {
	let removed = 0;
	for (const el of root.querySelectorAll<Element>('img, image, source, video, audio, iframe')) {
		const url =
			el.getAttribute('src') ??
			el.getAttribute('href') ??
			el.getAttribute('xlink:href') ??
			el.getAttribute('srcset') ??
			'';
		if (url && isLocal(url, base) && !el.hasAttribute('srcset')) continue;
		removed++;
		if (el.tagName.toLowerCase() === 'img') {
			const note = (el.ownerDocument ?? document).createElement('span');
			note.className = 'remote-image';
			note.textContent = `[${el.getAttribute('alt') || 'image'}]`;
			note.title = url;
			el.replaceWith(note);
		} else el.remove();
	}
	for (const style of root.querySelectorAll('style'))
		style.textContent = localCss(style.textContent ?? '', base);
	for (const el of root.querySelectorAll<HTMLElement>('[style]'))
		el.setAttribute('style', localCss(el.getAttribute('style') ?? '', base));
	return removed;
}

/**
 * A Mermaid source without its `%%{init: …}%%` directives (they can turn HTML labels back on or
 * add theme CSS) and without media tags in labels: Mermaid measures a label in the live page
 * while it lays the diagram out, so an image there would be requested before anything else
 * could take it out.
 */
export function safeDiagram(source: string): string {
	return source
		.replace(/%%\{[\s\S]*?\}%%/g, '')
		.replace(/<\/?(img|image|video|audio|source|iframe|object|embed|link)\b[^>]*>/gi, '');
}
