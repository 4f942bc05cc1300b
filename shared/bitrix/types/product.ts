import type { BitrixDateTime, BitrixDecimal, BitrixId, BitrixYesNo } from './scalars';

/**
 * A catalogue product, as crm.product.get / .list return it. Docflow maps products (through their
 * section) to contract templates in the catalogue sheet.
 * Source: bitrix24/b24restdocs api-reference/crm/outdated/products/crm-product-get.md and
 * crm-product-fields.md. Bitrix24 marks crm.product.* as frozen in favour of catalog.product.*;
 * it still answers, and its flat shape is the one product rows refer to (PRODUCT_ID).
 */
export interface BitrixProduct {
  readonly ID: BitrixId;
  readonly NAME: string;
  readonly CODE?: string | null;
  readonly ACTIVE: BitrixYesNo;
  readonly CATALOG_ID: BitrixId;
  /** The product section; null for a product at the catalogue's top level. */
  readonly SECTION_ID: BitrixId | null;
  readonly PRICE: BitrixDecimal;
  readonly CURRENCY_ID: string;
  readonly MEASURE?: BitrixId | null;
  readonly VAT_ID?: BitrixId | null;
  readonly VAT_INCLUDED?: BitrixYesNo;
  readonly DESCRIPTION?: string | null;
  readonly XML_ID?: string | null;
  readonly SORT?: string;
  readonly DATE_CREATE?: BitrixDateTime;
}

/**
 * A product section, as crm.productsection.get / .list return it.
 * Source: bitrix24/b24restdocs api-reference/crm/outdated/product-section/crm-product-section-fields.md.
 */
export interface BitrixProductSection {
  readonly ID: BitrixId;
  readonly CATALOG_ID: BitrixId;
  /** Parent section; null at the top level. */
  readonly SECTION_ID: BitrixId | null;
  readonly NAME: string;
  readonly XML_ID?: string | null;
}
