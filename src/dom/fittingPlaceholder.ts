import { useLayoutEffect, useState, type RefObject } from 'react';

/** The first of `choices` (longest first) whose width fits `room`; the last when none does. */
export function firstThatFits(choices: readonly string[], room: number, width: (text: string) => number): string {
  return choices.find((text) => width(text) <= room) ?? choices[choices.length - 1] ?? '';
}

/**
 * The longest of `choices` that fits inside the input at its present width, in its own font. A
 * placeholder cut mid-word reads as a fault, and the header's search field gives up width to the
 * buttons beside it (below about 1,000 px, and in the longer languages). Without ResizeObserver
 * (or a canvas to measure with) the first choice stays.
 */
export function useFittingPlaceholder(ref: RefObject<HTMLInputElement | null>, choices: readonly string[]): string {
  // One string stands for the list, so a new array with the same texts does not re-subscribe.
  const key = choices.join('\n');
  const [fitted, setFitted] = useState<{ key: string; text: string } | null>(null);

  useLayoutEffect(() => {
    const input = ref.current;
    if (!input || typeof ResizeObserver !== 'function') return;
    const ctx = document.createElement('canvas').getContext('2d');
    if (!ctx) return;
    const texts = key.split('\n');
    const fit = () => {
      const style = getComputedStyle(input);
      ctx.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      setFitted({ key, text: firstThatFits(texts, room, (text) => ctx.measureText(text).width) });
    };
    const observer = new ResizeObserver(fit);
    observer.observe(input);
    return () => observer.disconnect();
  }, [ref, key]);

  return fitted?.key === key ? fitted.text : (choices[0] ?? '');
}
