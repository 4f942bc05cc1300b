// https://developers.google.com/apps-script/reference/document/table

import type { DocModel } from '../model/docModel';
import { insertTableRow, removeTableRow } from '../model/structureEdits';
import type { TableRow, TableStructuralElement } from '../model/types';
import { removeBlockElement } from './blockRemoval';
import { detachedCopy, takeDetached } from './detached';
import { ElementBase } from './element';
import type { ElementTypeName } from './enums';
import { exception } from './errors';
import { instrumentCalls } from './instrument';
import type { RangeElementImpl } from './rangeElement';
import type { TableCellImpl } from './tableCell';
import type { TableRowImpl } from './tableRow';
import { outOfRange, textOf } from './tableText';
import { editAsTextOf, findTextIn, replaceTextIn, type TextImpl } from './text';

export class TableImpl extends ElementBase {
  _className(): string {
    return 'Table';
  }

  _elementType(): ElementTypeName {
    return 'TABLE';
  }

  _table(): TableStructuralElement {
    return this._node as TableStructuralElement;
  }

  _rowFrom(argument: unknown, model: DocModel): TableRow {
    if (argument === undefined) return { tableCells: [] };
    return takeDetached<TableRow>(argument, model, (node) => 'tableCells' in node);
  }

  _insertRow(rowIndex: number, argument: unknown): TableRowImpl {
    return this._edit((model) => {
      const { segmentId } = this._locate(model);
      const row = this._rowFrom(argument, model);
      insertTableRow(model, segmentId, this._table(), rowIndex, row);
      return this._wrap<TableRowImpl>(row);
    });
  }

  getNumRows(): number {
    this._read();
    return this._table().table.tableRows.length;
  }

  getRow(rowIndex: number): TableRowImpl {
    this._read();
    const rows = this._table().table.tableRows;
    const row = rows[rowIndex];
    if (!row) throw outOfRange('Row', rowIndex, rows.length);
    return this._wrap<TableRowImpl>(row);
  }

  getCell(rowIndex: number, cellIndex: number): TableCellImpl {
    this._read();
    const rows = this._table().table.tableRows;
    const row = rows[rowIndex];
    if (!row) throw outOfRange('Row', rowIndex, rows.length);
    const cell = row.tableCells[cellIndex];
    if (!cell) throw outOfRange('Cell', cellIndex, row.tableCells.length);
    return this._wrap<TableCellImpl>(cell);
  }

  /** With no argument, a new row without cells (add them with appendTableCell). */
  appendTableRow(row?: unknown): TableRowImpl {
    this._read();
    return this._insertRow(this._table().table.tableRows.length, row);
  }

  insertTableRow(rowIndex: number, row?: unknown): TableRowImpl {
    this._read();
    const count = this._table().table.tableRows.length;
    if (!Number.isInteger(rowIndex) || rowIndex < 0 || rowIndex > count) {
      throw exception(`Index (${rowIndex}) must be less than or equal to the number of rows (${count}).`);
    }
    return this._insertRow(rowIndex, row);
  }

  /** Removes the row and returns it, detached. */
  removeRow(rowIndex: number): TableRowImpl {
    this._read();
    const rows = this._table().table.tableRows;
    const row = rows[rowIndex];
    if (!row) throw outOfRange('Row', rowIndex, rows.length);
    const removed = detachedCopy(this._env, this._handle, row) as TableRowImpl;
    this._edit((model) => removeTableRow(model, this._locate(model).segmentId, this._table(), rowIndex));
    return removed;
  }

  getNumChildren(): number {
    this._read();
    return this._table().table.tableRows.length;
  }

  getChild(childIndex: number): unknown {
    this._read();
    const rows = this._table().table.tableRows;
    const row = rows[childIndex];
    if (!row) throw exception(`Child index (${childIndex}) must be less than the number of child elements (${rows.length}).`);
    return this._wrap(row);
  }

  getChildIndex(child: unknown): number {
    this._read();
    const index = child instanceof ElementBase ? this._table().table.tableRows.indexOf(child._node as TableRow) : -1;
    if (index < 0) throw exception('Element is not a child of this element.');
    return index;
  }

  getText(): string {
    return textOf(this);
  }

  editAsText(): TextImpl {
    return editAsTextOf(this);
  }

  findText(searchPattern: string, from?: RangeElementImpl): RangeElementImpl | null {
    return findTextIn(this, searchPattern, from);
  }

  replaceText(searchPattern: string, replacement: string): this {
    replaceTextIn(this, searchPattern, replacement);
    return this;
  }

  copy(): TableImpl {
    return detachedCopy(this._env, this._handle, this._node) as TableImpl;
  }

  removeFromParent(): this {
    this._edit((model) => removeBlockElement(this, model));
    return this;
  }
}

instrumentCalls(TableImpl.prototype);
