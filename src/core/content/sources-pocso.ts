import { careful, type ContentSource, sourced } from './sources-types.js';

/** POCSO Act 2012 (as amended 2019) and POCSO Rules 2020. */
export const POCSO_SOURCES: Record<string, ContentSource> = {
  // Duty to report, good-faith protection, child never punished; "a counsellor may have to tell" follows from s.19(1).
  'pocso.notice': sourced(['POCSO s.19(1)', 'POCSO s.19(7)', 'POCSO s.21(3)'], ['1.1', '1.3', '1.9', '6']),
  // The age (under 18) is sourced; the clause number s.2(1)(d) is not, so only "s.2" is cited.
  'pocso.intro': careful(['POCSO s.2'], ['1.1', '4']),
  // Boys protected: sourced from summaries; the aggravated list (s.5/s.9) is only partly sourced.
  'pocso.child.1': careful(['POCSO s.2', 'POCSO s.5', 'POCSO s.9'], ['1.1', '1.2']),
  'pocso.what.1': sourced(['POCSO s.7', 'POCSO s.3', 'POCSO s.13', 'POCSO s.15'], ['1.2']),
  // What s.11 covers is from knowledge only: worded "for example".
  'pocso.what.2': careful(['POCSO s.11', 'POCSO s.4'], ['1.2']),
  'pocso.report.1': sourced(['POCSO s.19(1)', 'POCSO s.21(1)', 'POCSO s.21(3)'], ['1.3']),
  'pocso.report.2': sourced(['POCSO s.19(7)', 'POCSO s.19(2)', 'POCSO s.19(4)'], ['1.3']),
  'pocso.report.3': sourced(['POCSO s.21(1)'], ['1.3', '1.9', '5', '6']),
  'pocso.police.1': sourced(['POCSO s.19(5)', 'POCSO Rules 2020', 'POCSO s.19(6)'], ['1.3', '1.4']),
  // Rule 4 (accused in the same home) is sourced in substance; the 2020 wording is not.
  'pocso.police.2': careful(['POCSO Rules 2020 Rule 4'], ['1.8']),
  'pocso.statement.1': sourced(['POCSO s.24'], ['1.4']),
  'pocso.statement.2': sourced(['POCSO s.26', 'POCSO s.25'], ['1.4']),
  'pocso.medical.1': sourced(['POCSO s.27'], ['1.4']),
  'pocso.court.1': sourced(['POCSO s.28', 'POCSO s.33'], ['1.5']),
  'pocso.court.2': sourced(['POCSO s.36', 'POCSO s.37', 'POCSO s.35'], ['1.5']),
  'pocso.privacy.1': sourced(['POCSO s.23', 'POCSO s.33(7)', 'SC: Nipun Saxena (2019)'], ['1.6']),
  'pocso.money.1': sourced(['POCSO s.33(8)', 'POCSO Rules 2020 Rule 9'], ['1.8']),
  'pocso.money.2': sourced(
    ['POCSO Rules 2020 Rule 8', 'POCSO s.4(3)', 'POCSO Rules 2020 Rule 10', 'LSA Act s.12(c)'],
    ['1.2', '1.8', '7', '6'],
  ),
  // "You can call about a child you are worried about" is routing advice, not a statutory fact.
  'pocso.help.1': careful(['JJ Act s.2(25)'], ['1.9', '5', '6']),
};
