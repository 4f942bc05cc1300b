import type { RegisterSchema } from '../../shared/registers';
import { fail, ok, type Result } from '../../shared/result';
import type { RegisterSheetsPort } from './sheetsPort';

export type RegisterBroken = 'register_broken';

/**
 * Is the sheet there with its columns where the schema says? One read of row 1. Everything that
 * writes by column position checks this first: a moved column would otherwise be overwritten.
 */
export function checkRegisterHeader<Row>(sheets: RegisterSheetsPort, schema: RegisterSchema<Row>): Result<true, RegisterBroken> {
  if (!sheets.hasSheet(schema.sheetName)) {
    return fail('register_broken', `В таблице реестров нет листа «${schema.sheetName}». Администратору: запустите Docflow → Настройка.`);
  }
  const [header = []] = sheets.read(schema.sheetName, 1, 1, 1, schema.headers.length);
  const checked = schema.checkHeader(header);
  return checked.status === 'error' ? fail('register_broken', checked.detail) : ok(true);
}
