// The two modules of gray-matter 4.0.3 that safe-matter.ts calls directly (gray-matter publishes typings for its entry point only).
declare module 'gray-matter/lib/defaults.js' {
  /** The options merged with gray-matter's defaults and engines. */
  export default function defaults(options: object): object;
}

declare module 'gray-matter/lib/engine.js' {
  /** The engine for a language name or its alias; throws when none is registered. */
  export default function getEngine(name: string, options: object): { parse?: (text: string, options: object) => unknown };
}
