import { PNG } from 'pngjs';
import {
  createDocsApi,
  createDocumentApp,
  type DocumentData,
} from '../../../scripts/emulators/workspace/docs';
import { EmulatedBlob } from '../../../scripts/emulators/workspace/docs';
import { FakeContext } from './fakeContext';

export function setup() {
  const ctx = new FakeContext();
  const app = createDocumentApp(ctx);
  const docs = createDocsApi(ctx);
  const dataOf = (id: string): DocumentData => {
    const file = ctx.files.get(id);
    if (!file) throw new Error(`no file ${id}`);
    return file.content as DocumentData;
  };
  return { ctx, app, docs, dataOf };
}

/** A small RGBA PNG (half transparent), like the barcode images the product draws. */
export function pngBytes(width = 8, height = 4): Uint8Array {
  const png = new PNG({ width, height });
  for (let i = 0; i < width * height; i++) {
    png.data[i * 4] = i % 2 === 0 ? 0 : 255;
    png.data[i * 4 + 1] = 0;
    png.data[i * 4 + 2] = 0;
    png.data[i * 4 + 3] = i % 3 === 0 ? 128 : 255;
  }
  return new Uint8Array(PNG.sync.write(png));
}

export function pngBlob(width?: number, height?: number): EmulatedBlob {
  return new EmulatedBlob(pngBytes(width, height), 'image/png', 'barcode.png');
}

export function dataUri(bytes: Uint8Array, mimeType = 'image/png'): string {
  return `data:${mimeType};base64,${Buffer.from(bytes).toString('base64')}`;
}

/** The body's structural elements with their indices, as documents.get returns them. */
export type ApiElement = {
  startIndex?: number;
  endIndex: number;
  paragraph?: { elements: Array<{ startIndex?: number; endIndex: number; textRun?: { content: string } }> };
  table?: { tableRows: Array<{ startIndex: number; endIndex: number; tableCells: Array<{ startIndex: number; endIndex: number; content: ApiElement[] }> }> };
  sectionBreak?: unknown;
};
