import { MIME } from '../../context';

/** The URL Drive gives an item (File.getUrl / webViewLink). */
export function driveUrl(id: string, mimeType: string): string {
  switch (mimeType) {
    case MIME.document:
      return `https://docs.google.com/document/d/${id}/edit?usp=drivesdk`;
    case MIME.spreadsheet:
      return `https://docs.google.com/spreadsheets/d/${id}/edit?usp=drivesdk`;
    case MIME.folder:
      return `https://drive.google.com/drive/folders/${id}`;
    default:
      return `https://drive.google.com/file/d/${id}/view?usp=drivesdk`;
  }
}

/** Extracts the id from a Docs/Sheets/Drive URL (openByUrl). */
export function idFromUrl(url: string): string | undefined {
  return /\/d\/([A-Za-z0-9_-]+)/.exec(url)?.[1] ?? /\/folders\/([A-Za-z0-9_-]+)/.exec(url)?.[1] ?? /[?&]id=([A-Za-z0-9_-]+)/.exec(url)?.[1];
}
