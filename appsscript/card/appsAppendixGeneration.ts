// Apps Script wiring of «Создать приложение»: generation with the real services. The staff
// channel's owner side (access/staffEntry.ts) uses it, so the copy of the template, the new
// Doc, the register rows and the Documents folder are all the script owner's
// (access/staffChannel.ts says why the card's actions run there).
import { generationDeps } from '../entry/services';
import { generateAppendixForContract } from '../generation/generateAppendixForContract';
import type { AppendixGenerationPort } from './cardPorts';

export const appsAppendixGeneration: AppendixGenerationPort = {
  createAppendix(request) {
    const deps = generationDeps();
    return deps.status === 'error' ? deps : generateAppendixForContract(deps.response, request);
  },
};
