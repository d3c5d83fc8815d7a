/** Languages Saheli speaks. en, hi and ur are complete; ks and doi fall back through i18next chains. */
export const LANGS = ['en', 'hi', 'ur', 'ks', 'doi'] as const;
export type Lang = (typeof LANGS)[number];
export const COMPLETE_LANGS = ['en', 'hi', 'ur'] as const satisfies readonly Lang[];

/** i18next fallback chains: Kashmiri (Perso-Arabic) leans on Urdu, Dogri (Devanagari) on Hindi. */
export const FALLBACKS: Record<Lang, Lang[]> = {
  en: [],
  hi: ['en'],
  ur: ['en'],
  ks: ['ur', 'en'],
  doi: ['hi', 'en'],
};

export const RTL_LANGS: ReadonlySet<Lang> = new Set<Lang>(['ur', 'ks']);
export const dirOf = (lang: Lang): 'ltr' | 'rtl' => (RTL_LANGS.has(lang) ? 'rtl' : 'ltr');

export const isLang = (v: unknown): v is Lang => typeof v === 'string' && (LANGS as readonly string[]).includes(v);
