import type { AppendixGenerationPort } from '../../../appsscript/card/cardPorts';
import { createAppendixFor } from '../../../appsscript/card/createAppendixFor';
import type { GenerationOutcome } from '../../../appsscript/generation/generationTypes';
import { fail, ok } from '../../../shared/result';
import { APPENDIX, CONTRACT, dealSet, documentRow, INVOICE, PEOPLE, ports } from './support/cardFixtures';

function generation(outcome: ReturnType<AppendixGenerationPort['generate']>): AppendixGenerationPort & { deals: string[] } {
  const deals: string[] = [];
  return {
    deals,
    generate(dealId) {
      deals.push(dealId);
      return outcome;
    },
  };
}

const SPEC = {
  registryNumber: 'F-2026-00003.S004',
  title: 'Спецификация № 4 к Рамочному договору № 2026-00003',
  kind: 'specification',
  barcodePayload: 'x',
  documentId: 'doc-spec',
  url: 'https://docs.google.com/document/d/doc-spec/edit',
  template: { key: 'spec.framework', version: 1 },
  parentContractNumber: 'F-2026-00003',
  reasons: [],
} as const;

const generated = (documents: GenerationOutcome['documents'], status: GenerationOutcome['status'] = 'generated'): ReturnType<AppendixGenerationPort['generate']> =>
  ok({ dealId: '7', status, documents, warnings: ['Проверьте адрес клиента.'] });

describe('createAppendix: "Create appendix" on a contract card', () => {
  it('runs generation for the contract\'s deal and reports what was made', () => {
    const port = generation(generated([SPEC]));
    const created = createAppendixFor(ports(), port, CONTRACT);
    expect(port.deals).toEqual(['7']);
    expect(created).toEqual({
      status: 'success',
      response: {
        dealId: '7',
        created: [{ number: SPEC.registryNumber, title: SPEC.title, url: SPEC.url }],
        message: `Сформировано: ${SPEC.title}.`,
        warnings: ['Проверьте адрес клиента.'],
      },
    });
  });

  it('says plainly that nothing new was made when the deal\'s documents all exist', () => {
    const created = createAppendixFor(ports(), generation(generated([SPEC], 'already_generated')), CONTRACT);
    expect(created).toMatchObject({ status: 'success', response: { created: [], message: expect.stringContaining('Новых документов нет') } });
  });

  it('passes a generation refusal through with its Russian detail', () => {
    const detail = 'В сделке нет товаров: добавьте товарные позиции и повторите.';
    expect(createAppendixFor(ports(), generation(fail('template_selection_failed', detail)), CONTRACT)).toEqual({ status: 'error', type: 'template_selection_failed', detail });
  });

  it.each([
    ['the lawyer', { viewer: PEOPLE.lawyer }, CONTRACT, /создаёт ответственный менеджер \(manager@docflow\.test\), а не lawyer@docflow\.test/],
    ['an invoice\'s card', {}, INVOICE, /только в карточке договора, а № I-2026-00017 — счёт на оплату/],
    ['an appendix\'s card', {}, APPENDIX, /только в карточке договора/],
    [
      'an annulled contract',
      { rows: [documentRow(CONTRACT, { status: 'annulled', replacementNumber: 'C-2026-00050' }), ...dealSet().slice(1)] },
      CONTRACT,
      /аннулирован.*№ C-2026-00050/,
    ],
  ])('refuses %s without generating anything', (_who, options, number, detail) => {
    const port = generation(generated([SPEC]));
    expect(createAppendixFor(ports(options), port, number)).toMatchObject({ status: 'error', type: 'not_allowed', detail: expect.stringMatching(detail) });
    expect(port.deals).toEqual([]);
  });

  it('refuses a bad number before reading anything', () => {
    const port = generation(generated([SPEC]));
    expect(createAppendixFor(ports(), port, { number: CONTRACT })).toMatchObject({ status: 'error', type: 'invalid_input' });
    expect(port.deals).toEqual([]);
  });
});
