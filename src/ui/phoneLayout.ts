/** Where the page takes its phone layout (index.css: the bottom sheet, the header menu). */
export const PHONE_LAYOUT = '(max-width: 720px)';

/** Whether the phone layout applies now (false where there is no matchMedia). */
export const isPhoneLayout = (): boolean => typeof window.matchMedia === 'function' && window.matchMedia(PHONE_LAYOUT).matches;

/**
 * How much of the map a phone's sheet covers at its first fold, in px: the sheet rises from the
 * bottom of the layout (header excluded) to `peek` of its height, while the map ends higher up
 * (the timeline lies under the sheet), so only the part of the map below that line is covered. Pure.
 */
export function sheetCover(mapBottom: number, layoutBottom: number, layoutHeight: number, peek: number): number {
  return Math.max(0, mapBottom - (layoutBottom - layoutHeight * peek));
}
