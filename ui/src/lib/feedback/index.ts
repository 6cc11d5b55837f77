//! Public module of the feedback feature (seed 000, §V "Обратная связь"): messages to the
//! system's developers and administrators, written offline too.

export { default as FeedbackScreen } from './FeedbackScreen.svelte'
export { MAX_MESSAGE_CHARS, MAX_SUBJECT_CHARS } from './limits'
