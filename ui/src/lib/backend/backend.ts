//! The one interface every screen talks to. The app uses the Tauri implementation; Vitest
//! tests use the in-memory fake. Method names are the commands' names in camelCase.

import type { About } from '../generated/About'
import type { ApplicationCard } from '../generated/ApplicationCard'
import type { DemoProgress } from '../generated/DemoProgress'
import type { DocumentEntry } from '../generated/DocumentEntry'
import type { HistoryEntry } from '../generated/HistoryEntry'
import type { JournalPage } from '../generated/JournalPage'
import type { JournalQuery } from '../generated/JournalQuery'
import type { QueueExplanation } from '../generated/QueueExplanation'
import type { ReferenceData } from '../generated/ReferenceData'
import type { Settings } from '../generated/Settings'
import type { Startup } from '../generated/Startup'

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
}
