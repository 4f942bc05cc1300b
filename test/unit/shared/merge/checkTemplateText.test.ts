import { checkTemplateText, templateTextProblems } from '../../../../shared/merge';

const ROW = '{{row.n}}\n{{row.name}}\n{{row.quantity}}\n{{row.unit}}\n{{row.price}}\n{{row.amount}}';
const AREA = '{{#requisites}}\n{{our.shortName}}\n{{client.registryIds}}\n{{/requisites}}';

function text(...lines: string[]): string {
  return lines.join('\n');
}

describe('checkTemplateText', () => {
  it('accepts a sound contract text and lists the placeholders it uses', () => {
    const result = checkTemplateText(text('ДОГОВОР № {{doc.number}}', ROW, '{{totals.amountFull}}', AREA), {
      kind: 'contract',
      productRows: true,
    });
    expect(result.status).toBe('success');
    if (result.status === 'success') expect(result.response.placeholders).toContain('totals.amountFull');
  });

  it('lists every problem at once, in Russian', () => {
    const broken = text('{{doc.numbr}} {{contract.date}} {{doc.title}', '{{row.n}}', '{{#requisites}}', '{{#requisites}}');
    const problems = templateTextProblems(broken, { kind: 'contract', productRows: true });
    expect(problems).toEqual([
      'неизвестные поля: {{doc.numbr}}',
      'поля, которых нет у документа вида «Договор»: {{contract.date}}',
      expect.stringContaining('лишние или незакрытые фигурные скобки'),
      expect.stringContaining('область реквизитов должна быть ровно одна: найдено 2 меток {{#requisites}} и 0 меток {{/requisites}}'),
      'в строке таблицы товаров не хватает полей: {{row.name}}, {{row.quantity}}, {{row.unit}}, {{row.price}}, {{row.amount}}',
    ]);
    const result = checkTemplateText(broken, { kind: 'contract', productRows: true });
    expect(result).toEqual({ status: 'error', type: 'template_invalid', detail: expect.stringMatching(/^Шаблон нельзя использовать: /) });
  });

  it('refuses markers that share a paragraph with other text, or come in the wrong order', () => {
    expect(templateTextProblems(text('Реквизиты {{#requisites}}', '{{/requisites}}'), { kind: 'act', productRows: false })).toContain(
      'метка области реквизитов должна стоять в отдельном абзаце',
    );
    expect(templateTextProblems(text('{{/requisites}}', '{{#requisites}}'), { kind: 'act', productRows: false })).toEqual([
      'метка {{/requisites}} стоит раньше {{#requisites}}',
    ]);
  });

  it('refuses a template without a requisites area', () => {
    expect(templateTextProblems('{{doc.title}}', { kind: 'framework_contract', productRows: false })).toEqual([
      expect.stringContaining('область реквизитов должна быть ровно одна'),
    ]);
  });

  it('refuses row fields where the template lists no products', () => {
    expect(templateTextProblems(text(ROW, AREA), { kind: 'framework_contract', productRows: false })).toEqual([
      expect.stringContaining('нет таблицы товаров, а поля строки есть'),
    ]);
  });

  it('allows the parent contract in annexes and the basis in invoices', () => {
    expect(templateTextProblems(text('{{contract.titleDative}}', ROW, AREA), { kind: 'supplementary_agreement', productRows: true })).toEqual([]);
    expect(templateTextProblems(text('{{basis.title}}', ROW, AREA), { kind: 'invoice', productRows: true })).toEqual([]);
    expect(templateTextProblems(text('{{basis.title}}', ROW, AREA), { kind: 'specification', productRows: true })).toHaveLength(1);
  });
});
