import { careful, type ContentSource, sourced } from './sources-types.js';

/** Domestic Violence Act 2005 (PWDVA), BNS cruelty and the Dowry Prohibition Act. */
export const DV_SOURCES: Record<string, ContentSource> = {
  'dv.intro': sourced(['DV Act s.12'], ['2.3', '4']),
  'dv.what.1': sourced(['DV Act s.3'], ['2.1']),
  // "money you have a right to, like maintenance" leans on the unverified stridhan/maintenance detail.
  'dv.what.2': careful(['DV Act s.3'], ['2.1']),
  'dv.who.1': sourced(['DV Act s.2(a)', 'DV Act s.2(f)'], ['2.1']),
  'dv.who.2': sourced(['DV Act s.2(q)', 'SC: Hiral P. Harsora (2016)'], ['2.1']),
  // Protection Officer duties (s.9) are from knowledge only: worded "the law says they usually".
  'dv.po.1': careful(['DV Act s.9', 'DV Act s.2(e)'], ['2.1', '2.2']),
  'dv.po.2': sourced(['DV Act s.12(1)'], ['2.2', '2.3', '5', '6']),
  'dv.court.1': sourced(['DV Act s.12(1)', 'DV Act s.12(2)'], ['2.3']),
  'dv.court.2': sourced(['DV Act s.12(4)', 'DV Act s.12(5)', 'DV Act s.24'], ['2.3']),
  // Where to file (s.27) is from knowledge only.
  'dv.court.3': careful(['DV Act s.27'], ['2.3']),
  'dv.home.1': sourced(['DV Act s.17', 'SC: Satish Chander Ahuja (2020)'], ['2.1', '2.4']),
  // The kinds of residence order (s.19 details) are from knowledge only.
  'dv.home.2': careful(['DV Act s.19'], ['2.4']),
  // s.20-s.22 contents are from knowledge only; the list only names them.
  'dv.orders.1': careful(
    ['DV Act s.18', 'DV Act s.19', 'DV Act s.20', 'DV Act s.21', 'DV Act s.22'],
    ['2.4'],
  ),
  // What else a protection order can forbid (s.18 details) is from knowledge only.
  'dv.orders.2': careful(['DV Act s.18', 'DV Act s.25(1)'], ['2.4']),
  'dv.orders.3': careful(['DV Act s.20', 'DV Act s.21', 'DV Act s.22'], ['2.4']),
  'dv.urgent.1': sourced(['DV Act s.23'], ['2.4']),
  'dv.urgent.2': sourced(['DV Act s.23'], ['2.4', '5', '6']),
  'dv.breach.1': sourced(['DV Act s.31(1)', 'DV Act s.32(1)', 'DV Act s.32(2)'], ['2.5']),
  'dv.breach.2': sourced(['DV Act s.31(2)', 'DV Act s.31(3)', 'DV Act s.31'], ['2.5', '6']),
  'dv.police.1': sourced(['BNS s.85', 'BNS s.86', 'IPC s.498A'], ['2.7']),
  'dv.police.2': sourced(
    ['Dowry Prohibition Act s.3', 'Dowry Prohibition Act s.4', 'Dowry Prohibition Act s.3(2)', 'Dowry Prohibition Act s.2'],
    ['2.8', '4'],
  ),
  // "free advice and a lawyer" is the usual meaning of legal services; DLSA detail is unverified.
  'dv.aid.1': careful(['LSA Act s.12(c)', 'DV Act s.24'], ['2.6', '7', '6']),
};
