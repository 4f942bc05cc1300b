// Inline images: DocumentApp insertInlineImage/appendInlineImage take a BlobSource and give the
// image its pixel size; the API's insertInlineImage takes a URI (the emulator reads data: URIs)
// and sizes in points. https://developers.google.com/apps-script/reference/document/inline-image
import { EmulatedBlob } from '../../../scripts/emulators/workspace/docs';
import type { ParagraphImpl } from '../../../scripts/emulators/workspace/docs/documentApp/paragraph';
import { dataUri, pngBlob, pngBytes, setup } from './fixtures';

describe('inline images', () => {
  it('puts a barcode image in the header and gives back the same bytes', () => {
    const { app, dataOf } = setup();
    const doc = app.create('Письмо');
    const header = doc.addHeader();
    const paragraph = header.getChild(0) as ParagraphImpl;
    paragraph.appendText('Рег. № 2025-0001 ');
    const image = paragraph.appendInlineImage(pngBlob(40, 10));
    expect([image.getWidth(), image.getHeight()]).toEqual([40, 10]);
    const blob = image.getBlob() as EmulatedBlob;
    expect(blob.getContentType()).toBe('image/png');
    expect(Uint8Array.from(blob.getBytes(), (b) => b & 0xff)).toEqual(pngBytes(40, 10));
    expect(header.getImages()).toHaveLength(1);
    expect(paragraph.getText()).toBe('Рег. № 2025-0001 ');
    expect(Object.keys(dataOf(doc.getId()).inlineObjects)).toHaveLength(1);
    expect(image.getParent()).toBeInstanceOf(Object);
    expect((image.getParent() as ParagraphImpl).getText()).toBe('Рег. № 2025-0001 ');
  });

  it('resizes in pixels and stores points (0.75 pt per pixel)', () => {
    const { app, dataOf } = setup();
    const doc = app.create('Размер');
    const image = doc.getBody().appendImage(pngBlob(100, 20));
    image.setWidth(200).setHeight(40);
    expect([image.getWidth(), image.getHeight()]).toEqual([200, 40]);
    const stored = Object.values(dataOf(doc.getId()).inlineObjects)[0];
    expect(stored?.inlineObjectProperties.embeddedObject.size.width).toEqual({ magnitude: 150, unit: 'PT' });
  });

  it('refuses bytes that are not a PNG, JPEG or GIF', () => {
    const { app } = setup();
    const paragraph = app.create('Не картинка').getBody().getChild(0) as ParagraphImpl;
    expect(() => paragraph.appendInlineImage(new EmulatedBlob(new Uint8Array([1, 2, 3]), 'image/png', 'x'))).toThrow('Invalid image data.');
  });

  it('inserts an image from a data: URI through the API and answers its objectId', () => {
    const { app, docs } = setup();
    const doc = app.create('API');
    doc.getBody().setText('Подпись: ');
    const response = docs.Documents.batchUpdate(
      {
        requests: [
          {
            insertInlineImage: {
              location: { index: 10 },
              uri: dataUri(pngBytes(30, 10)),
              objectSize: { width: { magnitude: 45, unit: 'PT' } },
            },
          },
        ],
      },
      doc.getId(),
    ) as { replies: Array<{ insertInlineImage: { objectId: string } }> };
    const objectId = response.replies[0]?.insertInlineImage.objectId;
    expect(objectId).toMatch(/^kix\./);
    const image = doc.getBody().getImages()[0];
    // 45 pt wide is 60 px; the height keeps the aspect ratio.
    expect([image?.getWidth(), image?.getHeight()]).toEqual([60, 20]);
  });

  it('refuses an image URI it cannot read with the API message', () => {
    const { app, docs } = setup();
    const doc = app.create('Нет картинки');
    expect(() =>
      docs.Documents.batchUpdate({ requests: [{ insertInlineImage: { location: { index: 1 }, uri: 'https://example.com/a.png' } }] }, doc.getId()),
    ).toThrow(
      'Invalid requests[0].insertInlineImage: There was a problem retrieving the image. The provided image should be publicly accessible, within size limit, and in supported formats.',
    );
  });

  it('drops the stored image when its element is deleted', () => {
    const { app, dataOf } = setup();
    const doc = app.create('Удаление');
    const image = doc.getBody().appendImage(pngBlob());
    image.removeFromParent();
    expect(dataOf(doc.getId()).inlineObjects).toEqual({});
  });
});
