// The CRM, user and notification methods, each answering in the documented shape.
// References (bitrix24/b24restdocs, api-reference/): crm/deals/crm-deal-productrows-get.md,
// crm/deals/crm-deal-update.md, crm/companies/crm-company-get.md,
// crm/requisites/universal/crm-requisite-list.md, crm/requisites/links/crm-requisite-link-list.md,
// crm/requisites/addresses/crm-address-list.md, crm/requisites/bank-detail/crm-requisite-bank-detail-list.md,
// crm/outdated/products/crm-product-get.md, crm/outdated/product-section/crm-product-section-get.md,
// crm/status/crm-status-list.md, crm/timeline/comments/crm-timeline-comment-add.md,
// crm/timeline/logmessage/crm-timeline-logmessage-add.md, user/user-get.md,
// chats/notifications/im-notify-system-add.md.
import { startTestEmulator, type TestEmulator } from './helpers/emulator';

type Json = Record<string, unknown>;

describe('Bitrix24 emulator: methods', () => {
  let emulator: TestEmulator;

  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(() => emulator.close());

  const result = async (method: string, params: Json = {}): Promise<unknown> => {
    const answer = await emulator.rest(method, params);
    expect(answer.status).toBe(200);
    return (answer.json as { result: unknown }).result;
  };

  describe('deals', () => {
    it('crm.deal.productrows.get lists the rows with numbers as numbers and prices with and without tax', async () => {
      const rows = (await result('crm.deal.productrows.get', { id: 1 })) as Json[];
      expect(rows).toHaveLength(2);
      expect(rows[0]).toMatchObject({
        ID: '1',
        OWNER_ID: '1',
        OWNER_TYPE: 'D',
        PRODUCT_ID: 1,
        PRODUCT_NAME: 'Битрикс24 Профессиональный, 12 мес.',
        PRICE: 244000,
        PRICE_BRUTTO: 244000,
        PRICE_EXCLUSIVE: 200000,
        QUANTITY: 1,
        TAX_RATE: 22,
        TAX_INCLUDED: 'Y',
        MEASURE_NAME: 'шт.',
        MEASURE_CODE: 796,
      });
      expect(rows[1]).toMatchObject({ PRODUCT_ID: 0, QUANTITY: 4.5, MEASURE_NAME: 'ч', MEASURE_CODE: 356 });
    });

    it('crm.deal.productrows.get of a deal without products is an empty list; of no deal, Not found', async () => {
      expect(await result('crm.deal.productrows.get', { id: 2 })).toEqual([]);
      expect((await emulator.rest('crm.deal.productrows.get', { id: 404 })).json).toEqual({ error: '', error_description: 'Not found' });
    });

    it('crm.deal.update changes only the passed fields, ignores unknown and read-only ones, keeps UF_CRM_ fields', async () => {
      expect(await result('crm.deal.update', { id: 2, fields: { TITLE: 'Обновлено', NO_SUCH_FIELD: 1, ID: 77, DATE_CREATE: 'x', UF_CRM_DOCFLOW: 'draft', OPPORTUNITY: 1500 } })).toBe(true);
      const deal = (await result('crm.deal.get', { id: 2 })) as Json;
      expect(deal).toMatchObject({ ID: '2', TITLE: 'Обновлено', UF_CRM_DOCFLOW: 'draft', OPPORTUNITY: '1500.00', MODIFY_BY_ID: '1' });
      expect(deal).not.toHaveProperty('NO_SUCH_FIELD');
    });

    it('crm.deal.update refuses a stage outside the deal\'s pipeline and a missing fields object', async () => {
      const bad = await emulator.rest('crm.deal.update', { id: 1, fields: { STAGE_ID: 'C1:NEW' } });
      expect(bad.status).toBe(400);
      expect((bad.json as Json)['error']).toBe('');
      const notArray = await emulator.rest('crm.deal.update', { id: 1, fields: 'TITLE' });
      expect(notArray.json).toEqual({ error: '', error_description: "Parameter 'fields' must be array." });
    });
  });

  describe('companies and requisites', () => {
    it('crm.company.get returns multi-fields (EMAIL, PHONE) with ids and TYPE_ID', async () => {
      const company = (await result('crm.company.get', { id: 2 })) as Json;
      expect(company).toMatchObject({ ID: '2', TITLE: 'ООО «Клиент»', IS_MY_COMPANY: 'N', HAS_EMAIL: 'Y', HAS_PHONE: 'Y' });
      expect(company['EMAIL']).toEqual([{ ID: expect.any(String), VALUE_TYPE: 'WORK', VALUE: 'client@client.test', TYPE_ID: 'EMAIL' }]);
    });

    it('crm.company.list leaves multi-fields out unless they are selected', async () => {
      const plain = (await result('crm.company.list', { filter: { IS_MY_COMPANY: 'Y' } })) as Json[];
      expect(plain.map((c) => c['ID'])).toEqual(['1']);
      expect(plain[0]).not.toHaveProperty('EMAIL');
      const withEmail = (await result('crm.company.list', { filter: { ID: 1 }, select: ['ID', 'EMAIL'] })) as Json[];
      expect(withEmail[0]?.['EMAIL']).toEqual([expect.objectContaining({ VALUE: 'info@docflow.test' })]);
    });

    it('crm.requisite.list finds a company\'s requisites by ENTITY_TYPE_ID 4 and ENTITY_ID', async () => {
      const requisites = (await result('crm.requisite.list', { filter: { ENTITY_TYPE_ID: 4, ENTITY_ID: 2 } })) as Json[];
      expect(requisites).toEqual([expect.objectContaining({ ID: '2', ENTITY_TYPE_ID: '4', ENTITY_ID: '2', RQ_INN: '7810456789', PRESET_ID: '1' })]);
    });

    it('crm.address.list finds a requisite\'s addresses by ENTITY_TYPE_ID 8, with the company as anchor', async () => {
      const addresses = (await result('crm.address.list', { filter: { ENTITY_TYPE_ID: 8, ENTITY_ID: 2, TYPE_ID: 8 } })) as Json[];
      expect(addresses).toEqual([
        expect.objectContaining({ TYPE_ID: '8', ENTITY_TYPE_ID: '8', ENTITY_ID: '2', ADDRESS_1: 'а/я 5', POSTAL_CODE: '101001', ANCHOR_TYPE_ID: '4', ANCHOR_ID: '2' }),
      ]);
      expect(addresses[0]).not.toHaveProperty('ID');
    });

    it('crm.requisite.bankdetail.list finds bank details by requisite (ENTITY_ID)', async () => {
      const details = (await result('crm.requisite.bankdetail.list', { filter: { ENTITY_ID: 2 } })) as Json[];
      expect(details).toEqual([expect.objectContaining({ ID: '1', ENTITY_ID: '2', RQ_BANK_NAME: 'ПАО Сбербанк', RQ_BIK: '044525225' })]);
    });

    it('crm.requisite.link.list tells which requisites a deal uses', async () => {
      const links = (await result('crm.requisite.link.list', { filter: { ENTITY_TYPE_ID: 2, ENTITY_ID: 1 } })) as Json[];
      expect(links).toEqual([{ ENTITY_TYPE_ID: '2', ENTITY_ID: '1', REQUISITE_ID: '2', BANK_DETAIL_ID: '1', MC_REQUISITE_ID: '1', MC_BANK_DETAIL_ID: '0' }]);
    });
  });

  describe('catalogue and stages', () => {
    it('crm.product.get and crm.productsection.get return one record each; unknown ids are Not found', async () => {
      expect(await result('crm.product.get', { id: 2 })).toMatchObject({ ID: '2', NAME: 'Сканер', SECTION_ID: '2', PRICE: '9800.00' });
      expect(await result('crm.productsection.get', { id: 1 })).toMatchObject({ ID: '1', NAME: 'Битрикс24 / Лицензии', SECTION_ID: null });
      expect((await emulator.rest('crm.productsection.get', { id: 9 })).status).toBe(400);
    });

    it('crm.productsection.list pages and filters like the other lists', async () => {
      const answer = (await emulator.rest('crm.productsection.list', { filter: { '%NAME': 'битрикс24' } })).json as Json;
      expect(answer).toMatchObject({ total: 1, result: [expect.objectContaining({ NAME: 'Битрикс24 / Лицензии' })] });
    });

    it('crm.status.list returns the stages of a pipeline with semantics', async () => {
      const stages = (await result('crm.status.list', { filter: { ENTITY_ID: 'DEAL_STAGE' }, order: { SORT: 'ASC' } })) as Json[];
      expect(stages.map((s) => s['STATUS_ID'])).toEqual(['NEW', 'DOCS_GENERATE', 'DOCS_REVIEW', 'WON', 'LOSE']);
      expect(stages.find((s) => s['STATUS_ID'] === 'WON')).toMatchObject({ SEMANTICS: 'S', CATEGORY_ID: '0', EXTRA: { SEMANTICS: 'success' } });
      const pipeline1 = (await result('crm.status.list', { filter: { ENTITY_ID: 'DEAL_STAGE_1' } })) as Json[];
      expect(pipeline1.map((s) => s['STATUS_ID'])).toEqual(['C1:NEW', 'C1:DOCS_GENERATE']);
    });
  });

  describe('timeline', () => {
    it('crm.timeline.comment.add adds a comment to a deal and answers its id', async () => {
      const id = await result('crm.timeline.comment.add', { fields: { ENTITY_ID: 1, ENTITY_TYPE: 'deal', COMMENT: 'Договор отправлен клиенту' } });
      expect(typeof id).toBe('number');
      const state = await emulator.state();
      expect(state.timeline).toContainEqual(expect.objectContaining({ kind: 'comment', ID: String(id), ENTITY_TYPE: 'deal', ENTITY_ID: '1', AUTHOR_ID: '1', COMMENT: 'Договор отправлен клиенту' }));
      const listed = (await result('crm.timeline.comment.list', { filter: { ENTITY_ID: 1, ENTITY_TYPE: 'deal' } })) as Json[];
      expect(listed.map((c) => c['COMMENT'])).toContain('Договор отправлен клиенту');
    });

    it('crm.timeline.comment.add reads only lower-case fields and checks the owner and the text', async () => {
      expect((await emulator.rest('crm.timeline.comment.add', { FIELDS: { ENTITY_ID: 1, ENTITY_TYPE: 'deal', COMMENT: 'x' } })).json).toMatchObject({ error: '100' });
      expect((await emulator.rest('crm.timeline.comment.add', { fields: { ENTITY_ID: 999, ENTITY_TYPE: 'deal', COMMENT: 'x' } })).json).toMatchObject({ error: 'OWNER_NOT_FOUND' });
      expect((await emulator.rest('crm.timeline.comment.add', { fields: { ENTITY_ID: 1, ENTITY_TYPE: 'deal', COMMENT: '  ' } })).json).toMatchObject({ error: 'INVALID_ARG_VALUE' });
    });

    it('crm.timeline.logmessage.add answers { logMessage } with the documented keys', async () => {
      const answer = (await result('crm.timeline.logmessage.add', {
        fields: { entityTypeId: 2, entityId: 1, title: 'Docflow', text: 'Сформирован договор № Д-2026/001', iconCode: 'info' },
      })) as { logMessage: Json };
      expect(answer.logMessage).toEqual({ id: expect.any(Number), created: expect.stringMatching(/\+03:00$/), authorId: 1, title: 'Docflow', text: 'Сформирован договор № Д-2026/001', iconCode: 'info' });
      const state = await emulator.state();
      expect(state.timeline).toContainEqual(expect.objectContaining({ kind: 'logmessage', entityTypeId: 2, entityId: 1, title: 'Docflow' }));
    });

    it('crm.timeline.logmessage.add refuses missing fields (100) and a missing owner', async () => {
      const missing = await emulator.rest('crm.timeline.logmessage.add', { fields: { entityTypeId: 2, entityId: 1, title: 'x' } });
      expect(missing.status).toBe(400);
      expect((missing.json as Json)['error']).toBe('100');
      expect((missing.json as Json)['error_description']).toContain('iconCode');
      const owner = await emulator.rest('crm.timeline.logmessage.add', { fields: { entityTypeId: 2, entityId: 404, title: 'x', text: 'y', iconCode: 'info' } });
      expect((owner.json as Json)['error']).toBe('OWNER_NOT_FOUND');
    });
  });

  describe('users and notifications', () => {
    it('user.get filters by a filter object or by top-level keys, and pages with total', async () => {
      expect(await emulator.rest('user.get', { filter: { EMAIL: 'manager@docflow.test' } }).then((a) => a.json)).toMatchObject({
        total: 1,
        result: [expect.objectContaining({ ID: '2', NAME: 'Мария', LAST_NAME: 'Петрова', ACTIVE: true, WORK_POSITION: 'Менеджер по продажам' })],
      });
      const byId = (await result('user.get', { ID: 1 })) as Json[];
      expect(byId.map((u) => u['EMAIL'])).toEqual(['director@docflow.test']);
      const { send } = await import('./helpers/http');
      const active = await send(`${emulator.webhookUrl}user.get?FILTER[ACTIVE]=true&FILTER[%LAST_NAME]=петров`);
      expect(active.json).toMatchObject({ total: 1, result: [expect.objectContaining({ ID: '2' })] });
      const sorted = (await result('user.get', { sort: 'ID', order: 'DESC' })) as Json[];
      expect(sorted.map((u) => u['ID'])).toEqual(['2', '1']);
    });

    it('user.current is the webhook\'s user', async () => {
      expect(await result('user.current')).toMatchObject({ ID: '1', EMAIL: 'director@docflow.test' });
    });

    it('im.notify.system.add records the notification and answers its id', async () => {
      const id = await result('im.notify.system.add', { USER_ID: 2, MESSAGE: '  Документ ждёт согласования  ', TAG: 'DOCFLOW|42' });
      expect(typeof id).toBe('number');
      const state = await emulator.state();
      expect(state.notifications).toContainEqual(expect.objectContaining({ ID: id, USER_ID: '2', MESSAGE: 'Документ ждёт согласования', TAG: 'DOCFLOW|42' }));
    });

    it('im.notify.system.add refuses an empty user or message and answers false for an unknown user', async () => {
      expect((await emulator.rest('im.notify.system.add', { MESSAGE: 'x' })).json).toEqual({ error: 'USER_ID_EMPTY', error_description: "User ID can't be empty" });
      expect((await emulator.rest('im.notify.system.add', { USER_ID: 2, MESSAGE: ' ' })).json).toEqual({ error: 'MESSAGE_EMPTY', error_description: "Message can't be empty" });
      expect(await result('im.notify.system.add', { USER_ID: 99, MESSAGE: 'x' })).toBe(false);
    });
  });
});
