import type { DocumentHeaderPort } from '../documentHeaderPort';

/** Apps Script's Byte[] holds signed bytes (-128…127). */
function signedBytes(bytes: Uint8Array): number[] {
  return Array.from(bytes, (byte) => (byte << 24) >> 24);
}

/** DocumentHeaderPort over DocumentApp (https://developers.google.com/apps-script/reference/document/header-section). */
export const appsDocumentHeader: DocumentHeaderPort = {
  addHeader(documentId, lines) {
    const document = DocumentApp.openById(documentId);
    if (document.getHeader() !== null) return false;
    const header = document.addHeader();
    const [first = '', ...rest] = lines;
    // A new header holds one empty paragraph: fill it, then append the others.
    const firstParagraph = header.getChild(0).asParagraph();
    firstParagraph.setText(first);
    const paragraphs = [firstParagraph, ...rest.map((line) => header.appendParagraph(line))];
    for (const paragraph of paragraphs) paragraph.setAlignment(DocumentApp.HorizontalAlignment.RIGHT);
    document.saveAndClose();
    return true;
  },
  placeHeaderImage(documentId, marker, png, widthPt, heightPt) {
    const document = DocumentApp.openById(documentId);
    const pattern = marker.replace(/[\\^$.|?*+()[\]{}]/g, (ch) => `\\${ch}`);
    const found = document.getHeader()?.findText(pattern) ?? null;
    if (found === null) return false;
    const text = found.getElement();
    const paragraph = text.getParent().asParagraph();
    const blob = Utilities.newBlob(signedBytes(png), 'image/png', 'barcode.png');
    paragraph.insertInlineImage(paragraph.getChildIndex(text), blob).setWidth(widthPt).setHeight(heightPt);
    // The paragraph, not the text element, is edited next: inserting a sibling may replace the element.
    paragraph.replaceText(pattern, '');
    document.saveAndClose();
    return true;
  },
};
