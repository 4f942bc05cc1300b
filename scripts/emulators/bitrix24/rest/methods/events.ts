// event.bind / event.get / event.unbind need an application (OAuth) context; called through an
// incoming webhook they answer 403 WRONG_AUTH_TYPE (api-reference/events/event-get.md, "Error
// Handling"). Outgoing-webhook handlers are set up in the portal's UI: here, through the control
// API (POST /_emulator/handlers) or the `handlers` option.
import type { RestMethod } from '../methodTypes';
import { systemErrors } from '../restError';

const refuse: RestMethod = () => {
  throw systemErrors.wrongAuthType();
};

export const eventMethods: Record<string, RestMethod> = {
  'event.bind': refuse,
  'event.get': refuse,
  'event.unbind': refuse,
};
