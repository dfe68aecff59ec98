import { useEffect, useRef, type RefObject } from 'react';

/**
 * While `active`, a press (mouse, pen or touch) anywhere outside `root` calls `onOutside`: how a
 * popover or a folded menu closes when the user turns to something else. Focus stays where the
 * press put it. DOM containment, not layout: a modal dialog opened from inside `root` counts as
 * inside, though the browser draws it in the top layer.
 */
export function useOutsidePress(root: RefObject<HTMLElement | null>, active: boolean, onOutside: () => void): void {
  // The latest callback, without re-subscribing on every render.
  const callback = useRef(onOutside);
  useEffect(() => {
    callback.current = onOutside;
  }, [onOutside]);

  useEffect(() => {
    if (!active) return;
    const onPointerDown = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) callback.current();
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [active, root]);
}
