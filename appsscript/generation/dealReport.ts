import { formatTemplateRef } from '../../shared/registers';
import { bbLinkText } from '../bitrix24/timelineCommands';
import type { GeneratedDocument } from './generationTypes';

/** The timeline comment with the links, one document per line (BB-code links). */
export function linksComment(documents: readonly GeneratedDocument[]): string {
  const lines = documents.map((document) => `[URL=${document.url}]${bbLinkText(document.title)}[/URL] — рег. № ${document.registryNumber}`);
  return `Docflow сформировал документы по сделке:\n${lines.join('\n')}`;
}

export const GENERATED_LOG_TITLE = 'Docflow: документы сформированы';

/** The log message: what was generated, from which template version, and why. */
export function generationLogText(documents: readonly GeneratedDocument[], templateTitles: ReadonlyMap<string, string>): string {
  return documents
    .map((document) => {
      const ref = formatTemplateRef(document.template);
      const title = templateTitles.get(document.template.key);
      const template = title === undefined ? ref : `«${title}» (${ref})`;
      const reasons = document.reasons.length > 0 ? ` Почему: ${document.reasons.join(' ')}` : '';
      return `${document.title} (рег. № ${document.registryNumber}) — шаблон ${template}.${reasons}`;
    })
    .join('\n');
}

/** What the manager reads when nothing could be generated: what to fix, in Russian. */
export function failureComment(detail: string): string {
  return `Docflow не сформировал документы по сделке.\n${detail}`;
}
