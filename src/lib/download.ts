/** Hands text to the browser as a file download; returns the file's size in bytes (UTF-8). */
export function downloadText(name: string, text: string, type = 'text/plain'): number {
	const blob = new Blob([text], { type });
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	a.click();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
	return blob.size;
}
