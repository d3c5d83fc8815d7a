/** Where one legal message comes from: sections cited, legal-facts.md headings, how sure we are. */
export interface ContentSource {
  /** Sections, rules or judgments the message cites, e.g. "DV Act s.12(4)". */
  sections: string[];
  /** Headings of shared/reference/legal-facts.md the message rests on, e.g. "2.3". */
  facts: string[];
  /** `careful`: leans on a fact tagged "from knowledge, unverified" and is worded with "usually" / "the law says". */
  certainty: 'sourced' | 'careful';
}

export const sourced = (sections: string[], facts: string[]): ContentSource => ({ sections, facts, certainty: 'sourced' });
export const careful = (sections: string[], facts: string[]): ContentSource => ({ sections, facts, certainty: 'careful' });
