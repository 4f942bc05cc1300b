// https://developers.google.com/apps-script/reference/document/table-row

import { newParagraph } from '../model/paragraphEdit';
import { emptyCell, insertTableCell, removeTableCell, removeTableRow } from '../model/structureEdits';
import type { TableCell, TableRow, TableStructuralElement } from '../model/types';
import { detachedCopy, takeDetached } from './detached';
import { ElementBase } from './element';
import type { ElementTypeName } from './enums';
import { exception } from './errors';
import { instrumentCalls } from './instrument';
import type { RangeElementImpl } from './rangeElement';
import type { TableImpl } from './table';
import type { TableCellImpl } from './tableCell';
import { outOfRange, textOf } from './tableText';
import { editAsTextOf, findTextIn, replaceTextIn, type TextImpl } from './text';
import { inParagraphText } from './textSearch';

export class TableRowImpl extends ElementBase {
  _className(): string {
    return 'TableRow';
  }

  _elementType(): ElementTypeName {
    return 'TABLE_ROW';
  }

  _row(): TableRow {
    return this._node as TableRow;
  }

  _insertCell(cellIndex: number, argument: unknown): TableCellImpl {
    return this._edit((model) => {
      const { segmentId } = this._locate(model);
      const cell: TableCell =
        argument instanceof ElementBase
          ? takeDetached<TableCell>(argument, model, (node) => 'content' in node)
          : argument === undefined
            ? emptyCell()
            : { content: [{ paragraph: newParagraph(inParagraphText(argument)) }] };
      insertTableCell(model, segmentId, this._row(), cellIndex, cell);
      return this._wrap<TableCellImpl>(cell);
    });
  }

  getNumCells(): number {
    this._read();
    return this._row().tableCells.length;
  }

  getCell(cellIndex: number): TableCellImpl {
    this._read();
    const cells = this._row().tableCells;
    const cell = cells[cellIndex];
    if (!cell) throw outOfRange('Cell', cellIndex, cells.length);
    return this._wrap<TableCellImpl>(cell);
  }

  appendTableCell(textOrCell?: unknown): TableCellImpl {
    this._read();
    return this._insertCell(this._row().tableCells.length, textOrCell);
  }

  insertTableCell(cellIndex: number, textOrCell?: unknown): TableCellImpl {
    this._read();
    const count = this._row().tableCells.length;
    if (!Number.isInteger(cellIndex) || cellIndex < 0 || cellIndex > count) {
      throw exception(`Index (${cellIndex}) must be less than or equal to the number of cells (${count}).`);
    }
    return this._insertCell(cellIndex, textOrCell);
  }

  removeCell(cellIndex: number): unknown {
    this._read();
    const cells = this._row().tableCells;
    const cell = cells[cellIndex];
    if (!cell) throw outOfRange('Cell', cellIndex, cells.length);
    const removed = detachedCopy(this._env, this._handle, cell);
    this._edit((model) => removeTableCell(model, this._locate(model).segmentId, this._row(), cellIndex));
    return removed;
  }

  getParentTable(): TableImpl | null {
    const { location } = this._read();
    const table = location.layout.parents.get(this._node);
    return table ? this._wrap<TableImpl>(table) : null;
  }

  getNumChildren(): number {
    this._read();
    return this._row().tableCells.length;
  }

  getChild(childIndex: number): unknown {
    this._read();
    const cells = this._row().tableCells;
    const cell = cells[childIndex];
    if (!cell) throw exception(`Child index (${childIndex}) must be less than the number of child elements (${cells.length}).`);
    return this._wrap(cell);
  }

  getChildIndex(child: unknown): number {
    this._read();
    const index = child instanceof ElementBase ? this._row().tableCells.indexOf(child._node as TableCell) : -1;
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

  copy(): TableRowImpl {
    return detachedCopy(this._env, this._handle, this._node) as TableRowImpl;
  }

  removeFromParent(): this {
    this._edit((model) => {
      const { segmentId, layout } = this._locate(model);
      const table = layout.parents.get(this._node) as TableStructuralElement;
      removeTableRow(model, segmentId, table, table.table.tableRows.indexOf(this._row()));
    });
    return this;
  }
}

instrumentCalls(TableRowImpl.prototype);
