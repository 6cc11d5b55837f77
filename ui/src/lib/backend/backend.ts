//! The one interface every screen talks to. The app uses the Tauri implementation; Vitest
//! tests use the in-memory fake. Method names are the commands' names in camelCase.

import type { About } from '../generated/About'
import type { ApplicationCard } from '../generated/ApplicationCard'
import type { DemoProgress } from '../generated/DemoProgress'
import type { DocumentEntry } from '../generated/DocumentEntry'
import type { HistoryEntry } from '../generated/HistoryEntry'
import type { KeyDetails } from '../generated/KeyDetails'
import type { JournalPage } from '../generated/JournalPage'
import type { JournalQuery } from '../generated/JournalQuery'
import type { QueueExplanation } from '../generated/QueueExplanation'
import type { ReferenceData } from '../generated/ReferenceData'
import type { Remember } from '../generated/Remember'
import type { Settings } from '../generated/Settings'
import type { SigningKeyEntry } from '../generated/SigningKeyEntry'
import type { Startup } from '../generated/Startup'
import type { TrustedCertificateEntry } from '../generated/TrustedCertificateEntry'
import type { VerificationReport } from '../generated/VerificationReport'

export interface Backend {
  startup(): Promise<Startup>
  journalPage(query: JournalQuery): Promise<JournalPage>
  applicationCard(id: number): Promise<ApplicationCard>
  /** Newest first. */
  applicationHistory(id: number): Promise<HistoryEntry[]>
  applicationDocuments(id: number): Promise<DocumentEntry[]>
  /** Null when the application waits in no queue. */
  queueExplanation(id: number): Promise<QueueExplanation | null>
  referenceData(): Promise<ReferenceData>
  settings(): Promise<Settings>
  setLanguage(language: string): Promise<Settings>
  about(): Promise<About>
  /** Resolves when the load is committed; `onProgress` sees every step on the way. */
  loadDemo(applications: number, onProgress: (p: DemoProgress) => void): Promise<void>
  /** Sets or clears (null) the IIN/PIN of the person working here. */
  setPersonalNumber(personalNumber: string | null): Promise<Settings>

  // Keys and the trust list ("My keys").
  signingKeys(): Promise<SigningKeyEntry[]>
  importKey(fileName: string, pkcs12: Uint8Array, password: string): Promise<SigningKeyEntry>
  keyDetails(id: number): Promise<KeyDetails>
  removeKey(id: number): Promise<void>
  trustedCertificates(): Promise<TrustedCertificateEntry[]>
  /** A PEM (one or more certificates) or DER file. */
  trustAdd(file: Uint8Array): Promise<TrustedCertificateEntry[]>
  removeTrustedCertificate(id: number): Promise<void>

  // Documents of an application.
  /** Makes a document (`registration-notice`, `child-card`) in `language` and keeps it. */
  generateDocument(applicationId: number, kind: string, language: string): Promise<DocumentEntry>
  documentPdf(id: number): Promise<Uint8Array>
  /** The signatures in a document's PDF and their status (none: an empty list). */
  documentSignatures(id: number): Promise<VerificationReport>
  /** Signs with a kept key; `password` null uses the remembered one. */
  /** Checks a signed PDF, or a detached signature (.p7s) over `content`. */
  verifyFile(signed: Uint8Array, content: Uint8Array | null): Promise<VerificationReport>
  signDocument(
    id: number,
    keyId: number,
    password: string | null,
    remember: Remember,
  ): Promise<VerificationReport>
}
