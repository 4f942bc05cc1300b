import type { AppendixGenerationPort } from '../../../appsscript/card/cardPorts';
import { contractCard } from '../../../appsscript/card/contractCard';
import { createAppendixFor } from '../../../appsscript/card/createAppendixFor';
import type { AppendixRequest } from '../../../appsscript/generation/generateAppendixForContract';
import type { GenerationOutcome } from '../../../appsscript/generation/generationTypes';
import { fail, ok } from '../../../shared/result';
import { APPENDIX, CONTRACT, dealSet, documentRow, INVOICE, PEOPLE, ports } from './support/cardFixtures';

type Answer = ReturnType<AppendixGenerationPort['createAppendix']>;

function generation(outcome: Answer): AppendixGenerationPort & { requests: AppendixRequest[] } {
  const requests: AppendixRequest[] = [];
  return {
    requests,
    createAppendix(request) {
      requests.push(request);
      return outcome;
    },
  };
}

const SECOND_APPENDIX = {
  registryNumber: 'C-2026-00042.P002',
  title: 'Приложение № 2 к Договору № 2026-00042',
  kind: 'appendix',
  barcodePayload: 'x',
  documentId: 'doc-p2',
  url: 'https://docs.google.com/document/d/doc-p2/edit',
  template: { key: 'appendix.technical-assignment', version: 1 },
  parentContractNumber: CONTRACT,
  reasons: [],
} as const;

/** The card of the deal's three documents shows 3 (the count createAppendix sends back). */
const SEEN = 3;

const answered = (documents: GenerationOutcome['documents'], status: GenerationOutcome['status'] = 'generated'): Answer =>
  ok({ dealId: '7', status, documents, warnings: ['Проверьте адрес клиента.'] });

describe('createAppendix: «Создать приложение» on a contract card', () => {
  it('asks generation for the next annex to this contract, with what the card showed and who pressed', () => {
    const port = generation(answered([SECOND_APPENDIX]));
    const created = createAppendixFor(ports(), port, CONTRACT, SEEN);
    expect(port.requests).toEqual([{ contractNumber: CONTRACT, dealId: '7', seenDealDocuments: SEEN, requestedBy: PEOPLE.manager }]);
    expect(created).toEqual({
      status: 'success',
      response: {
        dealId: '7',
        created: [{ number: SECOND_APPENDIX.registryNumber, title: SECOND_APPENDIX.title, url: SECOND_APPENDIX.url }],
        message: `Сформировано: ${SECOND_APPENDIX.title}.`,
        warnings: ['Проверьте адрес клиента.'],
      },
    });
  });

  it('answers a second press of the same card with what the first one made, and says how to get another', () => {
    const created = createAppendixFor(ports(), generation(answered([SECOND_APPENDIX], 'already_generated')), CONTRACT, SEEN);
    expect(created).toMatchObject({
      status: 'success',
      response: {
        created: [{ number: SECOND_APPENDIX.registryNumber }],
        message: expect.stringMatching(/^Уже сформировано, пока карточка была открыта: Приложение № 2 .*нажмите кнопку ещё раз\.$/),
      },
    });
  });

  it('passes a generation refusal through with its Russian detail', () => {
    const detail = 'В сделке нет товаров: добавьте товарные позиции и повторите.';
    expect(createAppendixFor(ports(), generation(fail('template_selection_failed', detail)), CONTRACT, SEEN)).toEqual({ status: 'error', type: 'template_selection_failed', detail });
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
    const port = generation(answered([SECOND_APPENDIX]));
    expect(createAppendixFor(ports(options), port, number, SEEN)).toMatchObject({ status: 'error', type: 'not_allowed', detail: expect.stringMatching(detail) });
    expect(port.requests).toEqual([]);
  });

  it('refuses a bad number before reading anything', () => {
    const port = generation(answered([SECOND_APPENDIX]));
    expect(createAppendixFor(ports(), port, { number: CONTRACT }, SEEN)).toMatchObject({ status: 'error', type: 'invalid_input' });
    expect(port.requests).toEqual([]);
  });

  it.each([
    ['missing', undefined],
    ['text', '3'],
    ['negative', -1],
    ['fractional', 2.5],
    ['not a number', Number.NaN],
    ['absurdly large', 1e9],
  ])('refuses a card count that is %s: the card is out of date', (_what, seen) => {
    const port = generation(answered([SECOND_APPENDIX]));
    expect(createAppendixFor(ports(), port, CONTRACT, seen)).toMatchObject({ status: 'error', type: 'invalid_input', detail: expect.stringContaining('Карточка устарела') });
    expect(port.requests).toEqual([]);
  });

  it('the card tells the sidebar how many documents the deal has, annulled ones included', () => {
    const rows = [...dealSet(), documentRow('C-2026-00042.P002', { status: 'annulled' }), documentRow('C-2026-00099', { dealId: '8' })];
    const card = contractCard(ports({ rows }), CONTRACT);
    expect(card).toMatchObject({ status: 'success', response: { dealDocumentCount: 4 } });
  });
});
