import { readStaffAction } from '../../../appsscript/access/staffAction';
import type { AppendixGenerationPort } from '../../../appsscript/card/cardPorts';
import { contractCard } from '../../../appsscript/card/contractCard';
import { createAppendixFor } from '../../../appsscript/card/createAppendixFor';
import { isAppendixOutcome } from '../../../appsscript/card/isAppendixOutcome';
import type { AppendixRequest } from '../../../appsscript/generation/generateAppendixForContract';
import type { GenerationOutcome } from '../../../appsscript/generation/generationTypes';
import type { DocumentRow } from '../../../shared/registers';
import { fail, ok } from '../../../shared/result';
import { APPENDIX, CONTRACT, dealSet, documentRow, INVOICE, MemoryLog, PEOPLE, ports } from './support/cardFixtures';

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

/** A press as the web app hands it over: the contract's row as the owner read it, the signed actor. */
const press = (contract: DocumentRow = documentRow(CONTRACT), actor: string = PEOPLE.manager) => ({ contract, actor, seenDealDocuments: SEEN });

describe('createAppendixFor: «Создать приложение» as the web app carries it out', () => {
  it('asks generation for the next annex to this contract, with what the card showed and who pressed', () => {
    const port = generation(answered([SECOND_APPENDIX]));
    const log = new MemoryLog();
    const created = createAppendixFor(port, log, press());
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
    expect(log.lines).toEqual([{ level: 'info', message: 'Appendix requested from the card' }]);
  });

  it('answers a second press of the same card with what the first one made, and says how to get another', () => {
    const created = createAppendixFor(generation(answered([SECOND_APPENDIX], 'already_generated')), new MemoryLog(), press());
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
    expect(createAppendixFor(generation(fail('template_selection_failed', detail)), new MemoryLog(), press())).toEqual({ status: 'error', type: 'template_selection_failed', detail });
  });

  it('the responsible manager is recognised whatever the case of the signed e-mail', () => {
    const port = generation(answered([SECOND_APPENDIX]));
    expect(createAppendixFor(port, new MemoryLog(), press(documentRow(CONTRACT, { manager: 'Manager@Docflow.test' }))).status).toBe('success');
    expect(port.requests).toHaveLength(1);
  });

  it.each([
    ['the lawyer', documentRow(CONTRACT), PEOPLE.lawyer, /^Приложение к договору № C-2026-00042 создаёт ответственный менеджер \(manager@docflow\.test\), а не lawyer@docflow\.test\.$/],
    ['a director', documentRow(CONTRACT), PEOPLE.director, /создаёт ответственный менеджер \(manager@docflow\.test\), а не director@docflow\.test/],
    ['an invoice\'s card', documentRow(INVOICE), PEOPLE.manager, /только в карточке договора, а № I-2026-00017 — счёт на оплату/],
    ['an appendix\'s card', documentRow(APPENDIX), PEOPLE.manager, /только в карточке договора/],
    ['an annulled contract', documentRow(CONTRACT, { status: 'annulled', replacementNumber: 'C-2026-00050' }), PEOPLE.manager, /аннулирован.*№ C-2026-00050/],
  ])('refuses %s without generating anything', (_who, contract, actor, detail) => {
    const port = generation(answered([SECOND_APPENDIX]));
    expect(createAppendixFor(port, new MemoryLog(), press(contract, actor))).toMatchObject({ status: 'error', type: 'not_allowed', detail: expect.stringMatching(detail) });
    expect(port.requests).toEqual([]);
  });
});

describe('the create_appendix staff action (what the sidebar sends)', () => {
  it('carries the contract\'s number in canonical form and the card\'s count', () => {
    expect(readStaffAction({ action: 'create_appendix', number: ' c-2026-00042 ', seenDealDocuments: SEEN })).toEqual({
      status: 'success',
      response: { action: 'create_appendix', number: CONTRACT, seenDealDocuments: SEEN },
    });
    expect(readStaffAction({ action: 'create_appendix', number: CONTRACT, seenDealDocuments: 0 })).toMatchObject({ status: 'success', response: { seenDealDocuments: 0 } });
  });

  it.each([
    ['an object', { number: CONTRACT }],
    ['missing', undefined],
    ['a scanned payload', 'DFC2600042K'],
    ['a number with a Cyrillic letter', 'С-2026-00042'],
  ])('refuses a number that is %s before anything is read', (_what, number) => {
    expect(readStaffAction({ action: 'create_appendix', number, seenDealDocuments: SEEN })).toMatchObject({ status: 'error', type: 'invalid_input', detail: expect.stringMatching(/[а-я]/i) });
  });

  it.each([
    ['missing', undefined],
    ['text', '3'],
    ['negative', -1],
    ['fractional', 2.5],
    ['not a number', Number.NaN],
    ['infinite', Number.POSITIVE_INFINITY],
    ['absurdly large', 1e9],
  ])('refuses a card count that is %s: the card is out of date', (_what, seen) => {
    expect(readStaffAction({ action: 'create_appendix', number: CONTRACT, seenDealDocuments: seen })).toEqual({
      status: 'error',
      type: 'invalid_input',
      detail: 'Карточка устарела: обновите её и нажмите «Создать приложение» ещё раз.',
    });
  });
});

describe('isAppendixOutcome (the web app\'s answer read back in the sidebar\'s execution)', () => {
  const outcome = { dealId: '7', created: [{ number: 'C-2026-00042.P002', title: 'Приложение № 2', url: 'https://docs.google.com/document/d/x/edit' }], message: 'Сформировано.', warnings: [] };

  it('accepts an outcome', () => {
    expect(isAppendixOutcome(outcome)).toBe(true);
    expect(isAppendixOutcome({ ...outcome, created: [] })).toBe(true);
  });

  it.each([
    ['nothing', null],
    ['a lifecycle report', { message: 'Готово.', warnings: [] }],
    ['a created entry without its address', { ...outcome, created: [{ number: 'C-2026-00042.P002', title: 'Приложение № 2' }] }],
    ['warnings that are not texts', { ...outcome, warnings: [1] }],
    ['a deal id that is a number', { ...outcome, dealId: 7 }],
  ])('refuses %s', (_what, value) => {
    expect(isAppendixOutcome(value)).toBe(false);
  });
});

describe('the card\'s side of the double-press guard', () => {
  it('the card tells the sidebar how many documents the deal has, annulled ones included', () => {
    const rows = [...dealSet(), documentRow('C-2026-00042.P002', { status: 'annulled' }), documentRow('C-2026-00099', { dealId: '8' })];
    const card = contractCard(ports({ rows }), CONTRACT);
    expect(card).toMatchObject({ status: 'success', response: { dealDocumentCount: 4 } });
  });
});
