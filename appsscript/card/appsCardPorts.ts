// Apps Script wiring of the card: the real ports behind appsscript/card's logic. Only the card's
// entry points (cardEntry.ts) import this file; the logic is tested with stub ports.
import { loadCatalogue } from '../../shared/catalogue';
import { fail, ok, type Result } from '../../shared/result';
import { createBitrix24Rest } from '../bitrix24/bitrixRest';
import { CONFIG_KEYS } from '../config/configKeys';
import { appsRegisterBook } from '../platform/apps/appsRegisterBook';
import { appsClock, appsLog, appsProperties, appsScriptCache } from '../platform/apps/appsServices';
import { urlFetchPort } from '../platform/apps/appsHttp';
import type { PropertiesPort } from '../platform/propertiesPort';
import type { RegisterBookPort } from '../platform/registerBookPort';
import { STARTER_TEMPLATES } from '../setup/starterFiles';
import { bitrixDealFacts } from './bitrixDealFacts';
import { cachedDealFacts } from './cachedDealFacts';
import type { CardContextPort, CardPorts, DealFactsPort } from './cardPorts';
import type { CardError } from './cardTypes';
import { readCardRegisters } from './readCardRegisters';

export function appsCardPorts(): CardPorts {
  const properties = appsProperties();
  const webhookUrl = nonEmpty(properties.get(CONFIG_KEYS.webhookUrl));
  const catalogue = loadCatalogue(STARTER_TEMPLATES.catalogueJson);
  if (catalogue.status === 'error') appsLog.error('Card: the template catalogue does not load', { detail: catalogue.detail });
  return {
    // The person at the keyboard: a sidebar's server functions run as them
    // (https://developers.google.com/apps-script/reference/base/session#getActiveUser()).
    viewer: Session.getActiveUser().getEmail().trim().toLowerCase(),
    registers: () => {
      const book = openRegisters(properties);
      if (book.status === 'error') return book;
      const read = readCardRegisters(book.response);
      return read.status === 'error' ? fail(read.type, read.detail) : read;
    },
    context: appsCardContext,
    deals: dealFacts(webhookUrl, properties),
    catalogue: catalogue.status === 'success' ? catalogue.response : null,
    webhookUrl,
    clock: appsClock,
    log: appsLog,
  };
}

/** The registers spreadsheet: the one the sidebar is open in, else the one Setup recorded, opened as the viewer. */
function openRegisters(properties: PropertiesPort): Result<RegisterBookPort, CardError> {
  const id = nonEmpty(properties.get(CONFIG_KEYS.registersSpreadsheetId));
  try {
    const active = SpreadsheetApp.getActiveSpreadsheet();
    if (active !== null && (id === null || active.getId() === id)) return ok(appsRegisterBook(active));
    if (id === null) {
      return fail('not_configured', 'Docflow не настроен: не указана таблица реестров. Администратору: запустите Docflow → Настройка в таблице реестров.');
    }
    return ok(appsRegisterBook(SpreadsheetApp.openById(id)));
  } catch (error) {
    appsLog.warn('Card: the registers spreadsheet cannot be opened', { error: String(error) });
    return fail('no_access', 'Нет доступа к таблице реестров Docflow. Попросите администратора открыть её вам (достаточно просмотра) и откройте карточку снова.');
  }
}

const appsCardContext: CardContextPort = {
  activeDocumentId() {
    // null outside a Google Doc (https://developers.google.com/apps-script/reference/document/document-app#getActiveDocument()).
    try {
      return DocumentApp.getActiveDocument()?.getId() ?? null;
    } catch (error) {
      appsLog.warn('Card: the active document cannot be read', { error: String(error) });
      return null;
    }
  },
  selectedRow() {
    try {
      const range = SpreadsheetApp.getActiveSpreadsheet()?.getActiveRange() ?? null;
      if (range === null) return null;
      return { sheetName: range.getSheet().getName(), row: range.getRow() };
    } catch (error) {
      // The selection is a convenience: without it the sidebar asks for a number.
      appsLog.info('Card: no selection available', { error: String(error) });
      return null;
    }
  },
};

function dealFacts(webhookUrl: string | null, properties: PropertiesPort): DealFactsPort {
  if (webhookUrl === null) return { read: () => fail('bitrix_unavailable', 'Docflow не подключён к Битрикс24') };
  const known = Number(properties.get(CONFIG_KEYS.productSectionsTotal) ?? NaN);
  const rest = createBitrix24Rest(webhookUrl, urlFetchPort);
  return cachedDealFacts(bitrixDealFacts(rest, Number.isFinite(known) ? known : null, appsLog), appsScriptCache());
}

function nonEmpty(value: string | null): string | null {
  return value === null || value.trim() === '' ? null : value.trim();
}
