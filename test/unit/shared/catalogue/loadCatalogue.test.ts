import { type CatalogueFailure, loadCatalogue, parseCatalogueJson } from '../../../../shared/catalogue';
import { starterCatalogue, starterCatalogueJson } from './starterCatalogue';

type Json = Record<string, unknown>;

function starterWith(change: (json: Json) => void): Json {
  const json = starterCatalogueJson() as Json;
  change(json);
  return json;
}

function problemsOf(json: unknown): readonly string[] {
  const result = loadCatalogue(json);
  if (result.status === 'success') throw new Error('expected the catalogue to be refused');
  expect(result.type).toBe('invalid_catalogue');
  return (result as CatalogueFailure).problems;
}

function rules(json: Json): Json[] {
  return json['rules'] as Json[];
}

function templates(json: Json): Json[] {
  return json['templates'] as Json[];
}

describe('loading the template catalogue', () => {
  it('accepts the starter catalogue: three lines of business, eight sections, every template key', () => {
    const catalogue = starterCatalogue();
    expect(catalogue.linesOfBusiness.map((line) => line.key)).toEqual(['bitrix24', 'websites', '1c']);
    expect(catalogue.rules.map((rule) => rule.match.value)).toEqual([
      'Битрикс24 / Лицензии',
      'Битрикс24 / Внедрение',
      'Битрикс24 / Техподдержка',
      'Сайты / Разработка',
      'Сайты / Техподдержка',
      '1С / Лицензии',
      '1С / Внедрение',
      '1С / Техподдержка',
    ]);
    expect(catalogue.templates.map((template) => template.key)).toEqual([
      'contract.framework',
      'contract.licence.bitrix24',
      'contract.implementation.bitrix24',
      'contract.support.bitrix24',
      'contract.development.website',
      'contract.support.website',
      'contract.licence.1c',
      'contract.implementation.1c',
      'contract.support.1c',
      'spec.framework',
      'appendix.technical-assignment',
      'supplementary.agreement',
      'invoice',
      'act',
    ]);
  });

  it('parses catalogue text and reports malformed JSON as a typed error', () => {
    expect(parseCatalogueJson(JSON.stringify(starterCatalogueJson())).status).toBe('success');
    expect(parseCatalogueJson('{ "version": 1, ')).toMatchObject({ status: 'error', type: 'invalid_catalogue' });
  });

  it.each([null, 42, 'catalogue', [], {}])('refuses %p without throwing', (json) => {
    expect(problemsOf(json).length).toBeGreaterThan(0);
  });

  it('lists every shape problem at once, each with its path', () => {
    const problems = problemsOf(
      starterWith((json) => {
        json['version'] = 2;
        rules(json)[0]!['match'] = { type: 'glob', value: 'Битрикс24/*' };
        templates(json)[1]!['kind'] = 'letter';
        rules(json)[2]!['undrFramework'] = 'spec.framework';
        delete (json['mixing'] as Json)['allowSeveralLinesOfBusiness'];
      }),
    );
    expect(problems).toEqual([
      'version: поддерживается только версия 1',
      expect.stringMatching(/^templates\[1\]\.kind: ожидается одно из: framework_contract, contract/),
      'rules[0].match.type: ожидается одно из: exact, prefix, pattern',
      'rules[2].undrFramework: неизвестное поле (опечатка?)',
      'mixing.allowSeveralLinesOfBusiness: обязательное поле отсутствует',
    ]);
  });

  it('refuses an invalid regular expression in a pattern rule', () => {
    const problems = problemsOf(starterWith((json) => (rules(json)[0]!['match'] = { type: 'pattern', value: 'Битрикс24 / (Лиц' })));
    expect(problems).toEqual([expect.stringMatching(/^rules\[0\]\.match\.value: неверное регулярное выражение/)]);
  });

  it('refuses template keys that could not name a template document', () => {
    const problems = problemsOf(starterWith((json) => (templates(json)[0]!['key'] = 'Contract Framework')));
    expect(problems).toEqual([expect.stringMatching(/^templates\[0\]\.key: «Contract Framework»: ключ шаблона/)]);
  });

  it('lists every broken cross-reference', () => {
    const problems = problemsOf(
      starterWith((json) => {
        rules(json)[0]!['contract'] = 'contract.licence.amocrm';
        rules(json)[1]!['underFramework'] = 'invoice';
        rules(json)[2]!['lineOfBusiness'] = 'crm';
        rules(json)[3]!['contract'] = 'contract.licence.1c';
        json['invoiceTemplate'] = 'act';
        templates(json)[2]!['appendices'] = ['spec.framework'];
        templates(json).push({ key: 'invoice', kind: 'invoice', title: 'Счёт ещё раз' });
      }),
    );
    expect(problems).toEqual([
      'templates[14]: шаблон «invoice» описан повторно',
      'templates[2].appendices[0]: шаблон «spec.framework» имеет вид «Спецификация», а нужен «Приложение»',
      'rules[0].contract: шаблон «contract.licence.amocrm» не описан в разделе templates',
      'rules[1].underFramework: шаблон «invoice» имеет вид «Счёт на оплату», а нужен «Спецификация» или «Приложение»',
      'rules[2].lineOfBusiness: направление «crm» не описано в linesOfBusiness',
      'rules[2].contract: шаблон «contract.support.bitrix24» относится к направлению «bitrix24», а правило — к «crm»',
      'rules[3].contract: шаблон «contract.licence.1c» относится к направлению «1c», а правило — к «websites»',
      'rules[5]: правило «1c-licences» ведёт к тому же договору «contract.licence.1c», что и «websites-development», но расходится с ним в полях: lineOfBusiness, service',
      'invoiceTemplate: шаблон «act» имеет вид «Акт оказанных услуг», а нужен «Счёт на оплату»',
    ]);
  });

  it('refuses two rules for the same section, even spelled differently', () => {
    const problems = problemsOf(
      starterWith((json) =>
        rules(json).push({
          id: 'duplicate',
          match: { type: 'prefix', value: '1c/лицензии' },
          lineOfBusiness: '1c',
          service: 'licences',
          contract: 'contract.licence.1c',
          underFramework: 'spec.framework',
        }),
      ),
    );
    expect(problems).toEqual(['rules[8].match: раздел «1c/лицензии» уже описан правилом «1c-licences»']);
  });

  it('refuses a forbidden combination that is not a pair', () => {
    const problems = problemsOf(
      starterWith(
        (json) => ((json['mixing'] as Json)['forbiddenCombinations'] = [{ templates: ['contract.licence.1c'], reason: 'один' }]),
      ),
    );
    expect(problems).toEqual(['mixing.forbiddenCombinations[0].templates: ожидается пара ключей шаблонов договоров']);
  });

  it('refuses a forbidden combination that names an unknown or non-contract template', () => {
    const problems = problemsOf(
      starterWith(
        (json) =>
          ((json['mixing'] as Json)['forbiddenCombinations'] = [
            { templates: ['contract.licence.1c', 'invoice'], reason: 'так нельзя' },
            { templates: ['contract.nope', 'contract.licence.1c'], reason: 'и так нельзя' },
          ]),
      ),
    );
    expect(problems).toEqual([
      'mixing.forbiddenCombinations[0].templates[1]: шаблон «invoice» имеет вид «Счёт на оплату», а нужен «Договор» или «Рамочный договор»',
      'mixing.forbiddenCombinations[1].templates[0]: шаблон «contract.nope» не описан в разделе templates',
    ]);
  });

  it('refuses a duplicate line of business and a duplicate rule id', () => {
    const problems = problemsOf(
      starterWith((json) => {
        (json['linesOfBusiness'] as Json[]).push({ key: '1c', title: '1С ещё раз' });
        rules(json)[1]!['id'] = 'bitrix24-licences';
      }),
    );
    expect(problems).toEqual([
      'linesOfBusiness[3]: направление «1c» описано повторно',
      'rules[1]: правило «bitrix24-licences» описано повторно',
    ]);
  });

  it('refuses empty lists', () => {
    const problems = problemsOf(starterWith((json) => (json['rules'] = [])));
    expect(problems).toEqual(['rules: список пуст']);
  });
});
