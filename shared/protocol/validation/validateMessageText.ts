import { fail } from '../../result';
import type { ProtocolMessage, ProtocolMessageType } from '../messages/protocolMessage';
import type { MessageFailure, Validated } from './fieldReader';
import { validateMessage } from './validateMessage';

export type { MessageFailure, Validated };

/** `validateMessage` for JSON text: text that is not JSON is an invalid message at path ''. */
export function validateMessageText(text: string, accepted?: readonly ProtocolMessageType[]): Validated<ProtocolMessage> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ...fail('invalid_message', 'Сообщение: ожидался JSON, получен текст, который не разбирается как JSON.'), path: '' };
  }
  return validateMessage(value, accepted);
}
