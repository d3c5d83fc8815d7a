import { careful, type ContentSource, sourced } from './sources-types.js';

/** Prohibition of Child Marriage Act 2006, J&K Rules 2023, and free legal aid / OSC / helplines. */
export const CHILD_MARRIAGE_SOURCES: Record<string, ContentSource> = {
  'child_marriage.intro': sourced(['PCMA s.2'], ['3.1', '3.4', '4']),
  'child_marriage.age.1': sourced(['PCMA s.2(a)', 'PCMA s.2(b)', 'SC: Society for Enlightenment (2024)'], ['3.1', '3.4']),
  'child_marriage.age.2': sourced(['SC: Society for Enlightenment (2024)'], ['3.4', '6']),
  'child_marriage.stop.1': sourced(['PCMA s.16', 'J&K PCM Rules 2023'], ['3.3', '6']),
  'child_marriage.stop.2': sourced(['J&K PCM Rules 2023', 'PCMA s.15'], ['3.3', '6']),
  'child_marriage.injunction.1': sourced(['PCMA s.13'], ['3.2']),
  // s.14 (marriage in breach of an injunction is void) is from knowledge only: "the law says".
  'child_marriage.injunction.2': careful(['PCMA s.13', 'PCMA s.14'], ['3.2']),
  'child_marriage.annul.1': sourced(['PCMA s.3'], ['3.2']),
  'child_marriage.annul.2': sourced(['PCMA s.3'], ['3.2']),
  'child_marriage.annul.3': sourced(['J&K PCM Rules 2023', 'LSA Act s.12(c)'], ['3.3', '7', '6']),
  'child_marriage.void.1': sourced(['PCMA s.12'], ['3.2', '6']),
  'child_marriage.support.1': sourced(['PCMA s.4'], ['3.2']),
  'child_marriage.support.2': sourced(['PCMA s.5', 'PCMA s.6', 'PCMA s.7'], ['3.2']),
  'child_marriage.punish.1': sourced(['PCMA s.9', 'PCMA s.10', 'PCMA s.11'], ['3.3']),
  'child_marriage.punish.2': sourced(['PCMA s.11', 'PCMA s.9', 'PCMA s.15'], ['3.3']),
  'child_marriage.wife18.1': sourced(['SC: Independent Thought (2017)'], ['3.4', '5', '6']),
};

export const LEGAL_AID_SOURCES: Record<string, ContentSource> = {
  'legal_aid.intro': sourced(['LSA Act s.12(c)'], ['7']),
  'legal_aid.free.1': sourced(['LSA Act s.12', 'LSA Act s.12(c)'], ['7']),
  // What "legal services" include (advice, a lawyer) is the usual meaning, not a sourced fact.
  'legal_aid.free.2': careful(['LSA Act s.12'], ['7', '6']),
  // DLSA structure (LSA s.9) and services are from knowledge only: "usually".
  'legal_aid.dlsa.1': careful(['LSA Act s.12'], ['7', '6']),
  'legal_aid.osc.1': sourced(['One Stop Centre scheme (Mission Shakti)'], ['5']),
  // 24x7 is sourced from news reports; the guideline text is not.
  'legal_aid.osc.2': careful(['One Stop Centre scheme (Mission Shakti)'], ['5']),
  'legal_aid.helplines.1': sourced(['Helplines'], ['1.9', '6']),
};
