import type { LifecycleEvent } from '../events';
import { reactAnnul } from './annulReaction';
import { reactApproveStep, reactRejectStep } from './decisionReactions';
import { reactPrintDone, reactRegisterReturned, reactRegisterSent } from './paperReactions';
import type { ReactionInput, ReactionResult } from './reaction';
import {
  reactReturnToDraft,
  reactSendForSigning,
  reactStartReview,
  reactWithdrawFromApproval,
} from './reviewReactions';

type AnyReactionInput = Omit<ReactionInput<LifecycleEvent['type']>, 'event'> & { readonly event: LifecycleEvent };

/** Route an event to its reaction; the switch narrows the event type for each one. */
export function react(input: AnyReactionInput): ReactionResult {
  const { event } = input;
  switch (event.type) {
    case 'start_review':
      return reactStartReview({ ...input, event });
    case 'return_to_draft':
      return reactReturnToDraft({ ...input, event });
    case 'send_for_signing':
      return reactSendForSigning({ ...input, event });
    case 'approve_step':
      return reactApproveStep({ ...input, event });
    case 'reject_step':
      return reactRejectStep({ ...input, event });
    case 'withdraw_from_approval':
      return reactWithdrawFromApproval({ ...input, event });
    case 'print_done':
      return reactPrintDone({ ...input, event });
    case 'register_sent':
      return reactRegisterSent({ ...input, event });
    case 'register_returned':
      return reactRegisterReturned({ ...input, event });
    case 'annul':
      return reactAnnul({ ...input, event });
  }
}
