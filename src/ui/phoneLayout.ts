/** Where the page takes its phone layout (index.css: the bottom sheet, the header menu). */
export const PHONE_LAYOUT = '(max-width: 720px)';

/** Whether the phone layout applies now (false where there is no matchMedia). */
export const isPhoneLayout = (): boolean => typeof window.matchMedia === 'function' && window.matchMedia(PHONE_LAYOUT).matches;
