//! Public module of the settings feature.

export { default as SettingsScreen } from './SettingsScreen.svelte'
export { changeLanguage } from './language'
