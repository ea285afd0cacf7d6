import type { KeyboardEvent } from 'react';

interface Options {
  page: number;
  pageCount: number;
  goTo: (page: number) => void;
  focusFind?: () => void;
}

/** Page keys for a record view: PageDown/→/n next, PageUp/←/p previous, Home/End, Ctrl+F to find. */
export function usePageKeys({ page, pageCount, goTo, focusFind }: Options) {
  return (e: KeyboardEvent<HTMLElement>) => {
    if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement) return;
    const key = e.key;
    let next: number | null = null;
    if ((e.ctrlKey || e.metaKey) && key.toLowerCase() === 'f' && focusFind) {
      e.preventDefault();
      focusFind();
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (key === 'PageDown' || key === 'ArrowRight' || key === 'n') next = page + 1;
    else if (key === 'PageUp' || key === 'ArrowLeft' || key === 'p') next = page - 1;
    else if (key === 'Home') next = 1;
    else if (key === 'End') next = pageCount;
    if (next === null) return;
    e.preventDefault();
    goTo(Math.min(Math.max(1, next), pageCount));
  };
}
