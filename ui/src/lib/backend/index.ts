//! Public module of the backend feature. The in-memory fake (`./fake`) is for tests only and
//! deliberately not re-exported here, so it never reaches the app bundle.

export type { Backend } from './backend'
export { TauriBackend } from './tauri'
export { errorMessage, isApiError, toApiError } from './errors'
export { provideBackend, useBackend } from './context'
