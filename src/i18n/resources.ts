// Locale JSON is imported statically so the same bundle works on Node and Workers (no fs at run time).
import doiCommon from '../../locales/doi/common.json' with { type: 'json' };
import doiConsole from '../../locales/doi/console.json' with { type: 'json' };
import doiHelp from '../../locales/doi/help.json' with { type: 'json' };
import doiRights from '../../locales/doi/rights.json' with { type: 'json' };
import enCommon from '../../locales/en/common.json' with { type: 'json' };
import enConsole from '../../locales/en/console.json' with { type: 'json' };
import enHelp from '../../locales/en/help.json' with { type: 'json' };
import enRights from '../../locales/en/rights.json' with { type: 'json' };
import hiCommon from '../../locales/hi/common.json' with { type: 'json' };
import hiConsole from '../../locales/hi/console.json' with { type: 'json' };
import hiHelp from '../../locales/hi/help.json' with { type: 'json' };
import hiRights from '../../locales/hi/rights.json' with { type: 'json' };
import ksCommon from '../../locales/ks/common.json' with { type: 'json' };
import ksConsole from '../../locales/ks/console.json' with { type: 'json' };
import ksHelp from '../../locales/ks/help.json' with { type: 'json' };
import ksRights from '../../locales/ks/rights.json' with { type: 'json' };
import urCommon from '../../locales/ur/common.json' with { type: 'json' };
import urConsole from '../../locales/ur/console.json' with { type: 'json' };
import urHelp from '../../locales/ur/help.json' with { type: 'json' };
import urRights from '../../locales/ur/rights.json' with { type: 'json' };
import type { Lang } from '../core/lang.js';

export const NAMESPACES = ['common', 'rights', 'help', 'console'] as const;
export type Namespace = (typeof NAMESPACES)[number];

export const RESOURCES: Record<Lang, Record<Namespace, object>> = {
  en: { common: enCommon, rights: enRights, help: enHelp, console: enConsole },
  hi: { common: hiCommon, rights: hiRights, help: hiHelp, console: hiConsole },
  ur: { common: urCommon, rights: urRights, help: urHelp, console: urConsole },
  ks: { common: ksCommon, rights: ksRights, help: ksHelp, console: ksConsole },
  doi: { common: doiCommon, rights: doiRights, help: doiHelp, console: doiConsole },
};
