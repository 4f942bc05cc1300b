import type { RoleAssignments } from '../../shared/approval';
import type { Catalogue, DealProductRow } from '../../shared/catalogue';
import type { ApprovalRow, DocumentRow } from '../../shared/registers';
import type { Result } from '../../shared/result';
import type { AuditRow } from '../audit/auditRegister';
import type { AppendixRequest } from '../generation/generateAppendixForContract';
import type { GenerationError, GenerationOutcome } from '../generation/generationTypes';
import type { ClockPort } from '../platform/clockPort';
import type { LogPort } from '../platform/logPort';
import type { RegisterEntry } from '../registers/readRegister';
import type { CardError } from './cardTypes';

/** The registers as the card reads them: once per call, no lock (the card only reads). */
export interface CardRegisters {
  readonly documents: readonly RegisterEntry<DocumentRow>[];
  readonly approvals: readonly ApprovalRow[];
  readonly audit: readonly AuditRow[];
  /** The Settings sheet's role → people. */
  readonly roles: RoleAssignments;
}

/** Where the sidebar was opened. */
export interface CardContextPort {
  /** Drive id of the Google Doc the sidebar is open in; null in Sheets. */
  activeDocumentId(): string | null;
  /** The sheet and 1-based row of the active cell in Sheets; null in Docs or without a selection. */
  selectedRow(): { readonly sheetName: string; readonly row: number } | null;
}

/** What the card needs of a Bitrix24 deal. */
export interface DealFacts {
  readonly title: string;
  /** The deal's product rows with their catalogue sections, as template selection reads them. */
  readonly rows: readonly DealProductRow[];
}

export interface DealFactsPort {
  read(dealId: string): Result<DealFacts, 'bitrix_unavailable'>;
}

/** «Создать приложение»: generation's generateAppendixForContract (the catalogue first, else the contract's next annex). */
export interface AppendixGenerationPort {
  createAppendix(request: AppendixRequest): Result<GenerationOutcome, GenerationError | 'internal_error'>;
}

export interface CardPorts {
  /** The person at the keyboard (Session.getActiveUser), normalised. */
  readonly viewer: string;
  readonly registers: () => Result<CardRegisters, CardError>;
  readonly context: CardContextPort;
  readonly deals: DealFactsPort;
  /** The template catalogue; null if it cannot be loaded (the card then shows keys only). */
  readonly catalogue: Catalogue | null;
  /** BITRIX24_WEBHOOK_URL, for the deal's link; null when not configured. */
  readonly webhookUrl: string | null;
  readonly clock: ClockPort;
  readonly log: LogPort;
}
