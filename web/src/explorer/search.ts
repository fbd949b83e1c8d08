import { ApiError, gql, SEARCH, type SearchHit } from './api';
import { h, setAttrs } from './dom';
import { KIND_STYLE, kindIcon } from './kinds';

export type Choice = SearchHit['entity'];

interface Options {
  input: HTMLInputElement;
  onChoose(entity: Choice): void;
  /** Suggestions shown at most. */
  first?: number;
  debounceMs?: number;
}

let counter = 0;

/**
 * An ARIA 1.2 combobox over `search`: suggestions while typing (debounced, stale answers dropped), arrow keys
 * to move, Enter to choose, Escape to close and then to clear.
 */
export class SearchBox {
  private readonly input: HTMLInputElement;
  private readonly list: HTMLUListElement;
  private readonly opts: Required<Omit<Options, 'input'>>;
  private hits: Choice[] = [];
  private active = -1;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inflight: AbortController | undefined;
  private seq = 0;
  private chosenLabel = '';
  /** Enter was pressed before the suggestions for the current text arrived: choose the first when they do. */
  private enterPending = false;
  private pending = false;

  constructor(o: Options) {
    this.input = o.input;
    this.opts = { first: 8, debounceMs: 180, ...o };
    const listId = `${o.input.id || `search-${++counter}`}-listbox`;
    this.list = h('ul', { class: 'suggestions', attrs: { id: listId, role: 'listbox', hidden: true } });
    const label = o.input.getAttribute('aria-label');
    if (label) this.list.setAttribute('aria-label', label);
    o.input.insertAdjacentElement('afterend', this.list);
    setAttrs(o.input, {
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': listId,
      autocomplete: 'off',
      spellcheck: 'false',
    });
    o.input.addEventListener('input', () => this.schedule());
    o.input.addEventListener('keydown', (e) => this.onKey(e));
    o.input.addEventListener('blur', () => this.close());
    o.input.addEventListener('focus', () => {
      if (this.hits.length && this.input.value !== this.chosenLabel) this.open();
    });
  }

  /** Shows a chosen entity in the box without searching (e.g. when a view is restored from the URL). */
  show(entity: { name: string } | null): void {
    this.chosenLabel = entity?.name ?? '';
    this.input.value = this.chosenLabel;
    this.hits = [];
    this.close();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    const q = this.input.value.trim();
    this.enterPending = false;
    if (!q) {
      this.pending = false;
      this.inflight?.abort();
      this.hits = [];
      this.close();
      return;
    }
    this.pending = true;
    this.timer = setTimeout(() => void this.run(q.slice(0, 100)), this.opts.debounceMs);
  }

  private async run(q: string): Promise<void> {
    this.inflight?.abort();
    const ctrl = new AbortController();
    this.inflight = ctrl;
    const seq = ++this.seq;
    this.input.setAttribute('aria-busy', 'true');
    try {
      const data = await gql<{ search: SearchHit[] }>(SEARCH, { q, first: this.opts.first }, ctrl.signal);
      if (seq !== this.seq) return;
      this.pending = false;
      this.hits = data.search.map((s) => s.entity);
      this.render(data.search, null);
      if (this.enterPending && this.hits.length) this.choose(0);
      this.enterPending = false;
    } catch (err) {
      if (seq !== this.seq || ctrl.signal.aborted) return;
      this.pending = false;
      this.enterPending = false;
      this.hits = [];
      this.render([], err instanceof ApiError ? err.message : 'The search failed; is the service up?');
    } finally {
      if (seq === this.seq) this.input.removeAttribute('aria-busy');
    }
  }

  private render(results: SearchHit[], error: string | null): void {
    this.list.replaceChildren();
    this.active = -1;
    if (error || results.length === 0) {
      this.list.append(
        h(
          'li',
          { class: error ? 'empty error' : 'empty', attrs: { role: 'option', 'aria-disabled': 'true' } },
          error ?? `No entity matches “${this.input.value.trim()}”.`,
        ),
      );
    }
    results.forEach((r, i) => {
      const e = r.entity;
      const alt = r.matched && r.matched !== e.name && r.matched !== e.nameEn ? r.matched : null;
      const li = h(
        'li',
        {
          attrs: { id: `${this.list.id}-${i}`, role: 'option', 'aria-selected': 'false', 'data-id': e.id },
          on: {
            // mousedown, not click: choosing must happen before the input's blur closes the list.
            mousedown: (ev) => {
              ev.preventDefault();
              this.choose(i);
            },
            mousemove: () => this.setActive(i),
          },
        },
        kindIcon(e.kind, 14),
        h('span', { class: 'name' }, e.name),
        e.nameEn && e.nameEn !== e.name ? h('span', { class: 'en' }, e.nameEn) : null,
        alt ? h('span', { class: 'matched' }, `≈ ${alt}`) : null,
        h('span', { class: 'kind' }, KIND_STYLE[e.kind].en),
      );
      this.list.append(li);
    });
    this.open();
  }

  private open(): void {
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  private close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }

  private setActive(i: number): void {
    const items = this.list.querySelectorAll<HTMLLIElement>('li[role="option"]:not([aria-disabled])');
    if (!items.length) return;
    this.active = (i + items.length) % items.length;
    items.forEach((li, j) => {
      li.setAttribute('aria-selected', String(j === this.active));
    });
    const li = items[this.active];
    if (li) {
      this.input.setAttribute('aria-activedescendant', li.id);
      li.scrollIntoView({ block: 'nearest' });
    }
  }

  private choose(i: number): void {
    const hit = this.hits[i];
    if (!hit) return;
    this.show(hit);
    this.opts.onChoose(hit);
  }

  private onKey(e: KeyboardEvent): void {
    const isOpen = !this.list.hidden;
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        e.preventDefault();
        if (!isOpen) {
          if (this.hits.length) this.open();
          else this.schedule();
          return;
        }
        this.setActive(this.active + (e.key === 'ArrowDown' ? 1 : -1));
        return;
      }
      case 'Enter': {
        if (this.pending) {
          e.preventDefault();
          this.enterPending = true;
          clearTimeout(this.timer);
          const q = this.input.value.trim();
          if (q) void this.run(q.slice(0, 100));
          return;
        }
        if (!this.hits.length) return;
        e.preventDefault();
        this.choose(Math.max(this.active, 0));
        return;
      }
      case 'Escape': {
        if (isOpen) {
          // Keep the typed text: the first Escape only closes the list, as the ARIA pattern has it.
          e.preventDefault();
          this.close();
        }
        return;
      }
      case 'Tab':
        this.close();
        return;
      default:
        return;
    }
  }
}
