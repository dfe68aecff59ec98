/// <reference types="vite-plugin-pwa/client" />

/** Fingerprint of public/data at build time (see vite.config.ts). */
declare const __DATA_VERSION__: string;
