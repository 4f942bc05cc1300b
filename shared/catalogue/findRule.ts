import type { CatalogueRule } from './catalogueTypes';
import { canonicalSection, tidySection } from './sectionNames';

/**
 * The rule for a catalogue section, or undefined. Precedence (documented in catalogueTypes.ts):
 * exact, then the longest prefix, then the first matching pattern in catalogue order.
 */
export function findRule(sectionName: string, rules: readonly CatalogueRule[]): CatalogueRule | undefined {
  const section = canonicalSection(sectionName);
  if (section === '') return undefined;
  const exact = rules.find((rule) => rule.match.type === 'exact' && canonicalSection(rule.match.value) === section);
  if (exact !== undefined) return exact;

  let bestPrefix: CatalogueRule | undefined;
  let bestLength = -1;
  for (const rule of rules) {
    if (rule.match.type !== 'prefix') continue;
    const prefix = canonicalSection(rule.match.value);
    const covers = section === prefix || section.startsWith(`${prefix} / `);
    if (covers && prefix.length > bestLength) {
      bestPrefix = rule;
      bestLength = prefix.length;
    }
  }
  if (bestPrefix !== undefined) return bestPrefix;

  // Patterns see the name as typed (tidied only): folding letters would break Latin patterns.
  const typed = tidySection(sectionName);
  return rules.find((rule) => rule.match.type === 'pattern' && matchesPattern(rule.match.value, typed));
}

function matchesPattern(source: string, section: string): boolean {
  try {
    return new RegExp(source, 'iu').test(section);
  } catch {
    // loadCatalogue rejects invalid patterns; a hand-built catalogue's bad pattern matches nothing.
    return false;
  }
}
