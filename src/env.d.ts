/// <reference types="vite-plugin-pwa/client" />

/** Fingerprint of public/data at build time (see vite.config.ts). */
declare const __DATA_VERSION__: string;

/** One language's UI strings (scripts/messagesPlugin.ts). */
declare module 'virtual:atlas-messages/*' {
  const table: Record<string, unknown>;
  export default table;
}
