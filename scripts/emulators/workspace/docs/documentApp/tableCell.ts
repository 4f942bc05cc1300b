// https://developers.google.com/apps-script/reference/document/table-cell

import { removeTableCell } from '../model/structureEdits';
import type { TableCell, TableRow } from '../model/types';
import { ContainerBase } from './container';
import { detachedCopy } from './detached';
import type { ElementTypeName } from './enums';
import { instrumentCalls } from './instrument';
import type { TableImpl } from './table';
import type { TableRowImpl } from './tableRow';

export class TableCellImpl extends ContainerBase {
  _className(): string {
    return 'TableCell';
  }

  _elementType(): ElementTypeName {
    return 'TABLE_CELL';
  }

  getParentRow(): TableRowImpl | null {
    const { location } = this._read();
    const row = location.layout.parents.get(this._node);
    return row ? this._wrap<TableRowImpl>(row) : null;
  }

  getParentTable(): TableImpl | null {
    const { location } = this._read();
    const row = location.layout.parents.get(this._node);
    const table = row ? location.layout.parents.get(row) : undefined;
    return table ? this._wrap<TableImpl>(table) : null;
  }

  getColSpan(): number {
    this._read();
    return 1;
  }

  getRowSpan(): number {
    this._read();
    return 1;
  }

  copy(): TableCellImpl {
    return detachedCopy(this._env, this._handle, this._node) as TableCellImpl;
  }

  removeFromParent(): this {
    this._edit((model) => {
      const { segmentId, layout } = this._locate(model);
      const row = layout.parents.get(this._node) as TableRow;
      removeTableCell(model, segmentId, row, row.tableCells.indexOf(this._node as TableCell));
    });
    return this;
  }
}

instrumentCalls(TableCellImpl.prototype);
