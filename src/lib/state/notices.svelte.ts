/**
 * The one place where what went wrong is said. State classes catch what their actions throw,
 * keep the error, and report it here; the layout's notice area shows every notice in the UI's
 * language (kept as an English template, so a language switch translates it too) until the
 * learner dismisses it.
 */
export interface Notice {
	id: number;
	/** An English template, marked with msg() so the 中文 table covers it. */
	text: string;
	/** Filled in as {{reason}}, in the library's own words when it has no translation. */
	error?: unknown;
}

class Notices {
	#list: Notice[] = $state([]);
	#next = 1;

	get list(): Notice[] {
		return this.#list;
	}

	report(text: string, error?: unknown): void {
		console.error(text, error);
		this.#list = [...this.#list, { id: this.#next++, text, error }];
	}

	dismiss(id: number): void {
		this.#list = this.#list.filter((n) => n.id !== id);
	}
}

export const notices = new Notices();
