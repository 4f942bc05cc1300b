import { DOCUMENT_KIND_INFO, type DocumentKind } from '../kinds/documentKinds';
import type { Catalogue, CatalogueRule } from './catalogueTypes';
import type { JsonReader } from './jsonReader';
import { canonicalSection } from './sectionNames';

/** Cross-references of a catalogue whose shape is already valid; every problem is reported. */
export function checkCatalogueReferences(catalogue: Catalogue, reader: JsonReader): void {
  const lineKeys = catalogue.linesOfBusiness.map((line) => line.key);
  reportDuplicates(lineKeys, 'linesOfBusiness', (key) => `направление «${key}» описано повторно`, reader);
  reportDuplicates(catalogue.templates.map((t) => t.key), 'templates', (key) => `шаблон «${key}» описан повторно`, reader);
  reportDuplicates(catalogue.rules.map((rule) => rule.id), 'rules', (key) => `правило «${key}» описано повторно`, reader);

  const lines = new Set(catalogue.linesOfBusiness.map((line) => line.key));
  const templates = new Map(catalogue.templates.map((template) => [template.key, template]));
  const expect = (path: string, key: string, kinds: readonly DocumentKind[], line?: string): void => {
    const template = templates.get(key);
    if (template === undefined) return reader.report(path, `шаблон «${key}» не описан в разделе templates`);
    if (!kinds.includes(template.kind)) {
      const wanted = kinds.map((kind) => `«${DOCUMENT_KIND_INFO[kind].title}»`).join(' или ');
      return reader.report(path, `шаблон «${key}» имеет вид «${DOCUMENT_KIND_INFO[template.kind].title}», а нужен ${wanted}`);
    }
    if (line !== undefined && template.lineOfBusiness !== undefined && template.lineOfBusiness !== line) {
      reader.report(path, `шаблон «${key}» относится к направлению «${template.lineOfBusiness}», а правило — к «${line}»`);
    }
  };

  catalogue.templates.forEach((template, index) => {
    const path = `templates[${index}]`;
    if (template.lineOfBusiness !== undefined && !lines.has(template.lineOfBusiness)) {
      reader.report(`${path}.lineOfBusiness`, `направление «${template.lineOfBusiness}» не описано в linesOfBusiness`);
    }
    template.appendices.forEach((key, at) => expect(`${path}.appendices[${at}]`, key, ['appendix']));
  });

  catalogue.rules.forEach((rule, index) => {
    const path = `rules[${index}]`;
    if (!lines.has(rule.lineOfBusiness)) {
      reader.report(`${path}.lineOfBusiness`, `направление «${rule.lineOfBusiness}» не описано в linesOfBusiness`);
    }
    expect(`${path}.contract`, rule.contract, ['contract', 'framework_contract'], rule.lineOfBusiness);
    if (rule.underFramework !== undefined) {
      expect(`${path}.underFramework`, rule.underFramework, ['specification', 'appendix'], rule.lineOfBusiness);
    }
    if (rule.underActiveContract !== undefined) {
      expect(`${path}.underActiveContract`, rule.underActiveContract, ['supplementary_agreement'], rule.lineOfBusiness);
    }
  });
  reportAmbiguousMatches(catalogue.rules, reader);
  reportDisagreeingRules(catalogue.rules, reader);

  expect('invoiceTemplate', catalogue.invoiceTemplate, ['invoice']);
  catalogue.mixing.forbiddenCombinations.forEach((combination, index) => {
    combination.templates.forEach((key, at) =>
      expect(`mixing.forbiddenCombinations[${index}].templates[${at}]`, key, ['contract', 'framework_contract']),
    );
  });
}

function reportDuplicates(
  keys: readonly string[],
  path: string,
  message: (key: string) => string,
  reader: JsonReader,
): void {
  const seen = new Set<string>();
  keys.forEach((key, index) => {
    if (seen.has(key)) reader.report(`${path}[${index}]`, message(key));
    seen.add(key);
  });
}

/** Two exact (or two prefix) rules for the same section would make the choice arbitrary. */
function reportAmbiguousMatches(rules: readonly CatalogueRule[], reader: JsonReader): void {
  const seen = new Map<string, string>();
  rules.forEach((rule, index) => {
    if (rule.match.type === 'pattern') return;
    const key = `${rule.match.type}:${canonicalSection(rule.match.value)}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      reader.report(`rules[${index}].match`, `раздел «${rule.match.value}» уже описан правилом «${earlier}»`);
    } else {
      seen.set(key, rule.id);
    }
  });
}

/**
 * Rules that share a contract template describe one group of rows, which becomes one document:
 * they must agree on everything that decides that document.
 */
function reportDisagreeingRules(rules: readonly CatalogueRule[], reader: JsonReader): void {
  const first = new Map<string, CatalogueRule>();
  rules.forEach((rule, index) => {
    const earlier = first.get(rule.contract);
    if (earlier === undefined) {
      first.set(rule.contract, rule);
      return;
    }
    const fields = (['lineOfBusiness', 'service', 'underFramework', 'underActiveContract'] as const).filter(
      (field) => rule[field] !== earlier[field],
    );
    if (fields.length > 0) {
      reader.report(
        `rules[${index}]`,
        `правило «${rule.id}» ведёт к тому же договору «${rule.contract}», что и «${earlier.id}», но расходится с ним в полях: ${fields.join(', ')}`,
      );
    }
  });
}
