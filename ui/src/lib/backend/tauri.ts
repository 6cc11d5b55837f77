//! The Backend over Tauri commands.

import { Channel, invoke } from '@tauri-apps/api/core'
import type { Backend } from './backend'
import { toApiError } from './errors'
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

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args)
  } catch (e) {
    throw toApiError(e)
  }
}

export class TauriBackend implements Backend {
  startup() {
    return call<Startup>('startup')
  }
  journalPage(query: JournalQuery) {
    return call<JournalPage>('journal_page', { query })
  }
  applicationCard(id: number) {
    return call<ApplicationCard>('application_card', { id })
  }
  applicationHistory(id: number) {
    return call<HistoryEntry[]>('application_history', { id })
  }
  applicationDocuments(id: number) {
    return call<DocumentEntry[]>('application_documents', { id })
  }
  queueExplanation(id: number) {
    return call<QueueExplanation | null>('queue_explanation', { id })
  }
  referenceData() {
    return call<ReferenceData>('reference_data')
  }
  settings() {
    return call<Settings>('settings')
  }
  setLanguage(language: string) {
    return call<Settings>('set_language', { language })
  }
  about() {
    return call<About>('about')
  }
  loadDemo(applications: number, onProgress: (p: DemoProgress) => void) {
    const channel = new Channel<DemoProgress>()
    channel.onmessage = onProgress
    return call<void>('load_demo', { applications, onProgress: channel })
  }
}
