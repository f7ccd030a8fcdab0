import { useEffect, type RefObject } from 'react';

/** While `open`, a pointer pressed anywhere outside `root` closes it (`close`), as a menu does. */
export function useDismiss(root: RefObject<HTMLElement | null>, open: boolean, close: () => void): void {
  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) close();
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [root, open, close]);
}
