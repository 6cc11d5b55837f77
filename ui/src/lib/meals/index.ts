//! Public module of the meal benefit (seed 000, §III "Питание"): for each voucher child, the som
//! a day for meals, the commission's protocol (number, date, PDF) that granted it.

export { default as MealsScreen } from './MealsScreen.svelte'
export { formatTyiyn, pdfProblem, MAX_PDF_BYTES } from './protocol'
