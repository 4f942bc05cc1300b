// The Apps Script entry file: it only exposes the global functions Apps Script calls.
// Every name exported here becomes a top-level `function` in dist/appsscript/Code.js
// (scripts/build.ts writes the wrappers), so Apps Script's editor, triggers and
// google.script.run can see it. All logic lives in the modules imported below.
export { doGet } from './entry/doGet';
export { doPost } from './entry/doPost';
export { onInstall, onOpen, showAbout } from './entry/onOpen';
export { runDocflowSetup, setupFromMenu } from './entry/setupEntry';
export { generateDealDocuments } from './entry/generateDealDocuments';
export { createAppendix, getContractCard, openPdf, showContractCard } from './card/cardEntry';
export { answerIndexDeltaRequest_, dailyOverdueReminders, installRegisterTriggers, reconcileDeals, refreshDashboard, registerScanEventBatch_ } from './dashboard/registersEntryPoints';
export { annulDocument, approveDocument, rejectDocument, repairDocumentAccess, requeuePrintJob, sendForSigning, startClientReview } from './access/staffEntry';
