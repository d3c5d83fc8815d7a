import i18next, { type i18n } from 'i18next';
import { FALLBACKS, LANGS, type Lang } from '../core/lang.js';
import type { T, Translator } from '../core/ports.js';
import { NAMESPACES, RESOURCES } from './resources.js';

/** One i18next instance for the process; `getFixedT(lang)` per message, never `changeLanguage` per request. */
export async function createTranslator(): Promise<Translator> {
  const instance: i18n = i18next.createInstance();
  await instance.init({
    resources: RESOURCES,
    supportedLngs: [...LANGS],
    fallbackLng: { ...FALLBACKS, default: ['en'] },
    ns: [...NAMESPACES],
    defaultNS: 'common',
    interpolation: { escapeValue: false }, // replies are text, rendered as text by every channel
    returnNull: false,
    returnEmptyString: false,
    initAsync: false,
  });
  const fixed = new Map<Lang, T>();
  for (const lang of LANGS) {
    const t = instance.getFixedT(lang);
    fixed.set(lang, (key, vars) => t(key, vars ?? {}) as string);
  }
  return {
    forLang(lang) {
      return fixed.get(lang) ?? (fixed.get('en') as T);
    },
    exists(lang, key) {
      return instance.exists(key, { lng: lang });
    },
  };
}
