//! Tauri commands: parse arguments, call one `kezek_api` function, pass its error on.

use kezek_api::{
    About, ApiError, ApplicationCard, DemoProgress, DocumentEntry, HistoryEntry, JournalPage,
    JournalQuery, Kezek, QueueExplanation, ReferenceData, Settings, Startup,
};
use tauri::ipc::Channel;
use tauri::State;

/// The opened installation, or why it could not be opened (e.g. a database from a newer Kezek):
/// every command then answers with that error, which the UI shows.
pub struct AppState(pub Result<Kezek, ApiError>);

impl AppState {
    fn kezek(&self) -> Result<&Kezek, ApiError> {
        self.0.as_ref().map_err(Clone::clone)
    }
}

#[tauri::command]
pub async fn startup(state: State<'_, AppState>) -> Result<Startup, ApiError> {
    state.kezek()?.startup().await
}

#[tauri::command]
pub async fn journal_page(
    state: State<'_, AppState>,
    query: JournalQuery,
) -> Result<JournalPage, ApiError> {
    state.kezek()?.journal_page(&query).await
}

#[tauri::command]
pub async fn application_card(
    state: State<'_, AppState>,
    id: i64,
) -> Result<ApplicationCard, ApiError> {
    state.kezek()?.application_card(id).await
}

#[tauri::command]
pub async fn application_history(
    state: State<'_, AppState>,
    id: i64,
) -> Result<Vec<HistoryEntry>, ApiError> {
    state.kezek()?.application_history(id).await
}

#[tauri::command]
pub async fn application_documents(
    state: State<'_, AppState>,
    id: i64,
) -> Result<Vec<DocumentEntry>, ApiError> {
    state.kezek()?.application_documents(id).await
}

#[tauri::command]
pub async fn queue_explanation(
    state: State<'_, AppState>,
    id: i64,
) -> Result<Option<QueueExplanation>, ApiError> {
    state.kezek()?.queue_explanation(id).await
}

#[tauri::command]
pub async fn reference_data(state: State<'_, AppState>) -> Result<ReferenceData, ApiError> {
    state.kezek()?.reference_data().await
}

#[tauri::command]
pub async fn settings(state: State<'_, AppState>) -> Result<Settings, ApiError> {
    state.kezek()?.settings().await
}

#[tauri::command]
pub async fn set_language(
    state: State<'_, AppState>,
    language: String,
) -> Result<Settings, ApiError> {
    state.kezek()?.set_language(&language).await
}

#[tauri::command]
pub async fn about(state: State<'_, AppState>) -> Result<About, ApiError> {
    let mut about = state.kezek()?.about().await?;
    about.tauri_version = Some(tauri::VERSION.to_string());
    Ok(about)
}

#[tauri::command]
pub async fn load_demo(
    state: State<'_, AppState>,
    applications: u32,
    on_progress: Channel<DemoProgress>,
) -> Result<(), ApiError> {
    if applications > kezek_api::MAX_DEMO_APPLICATIONS_IN_APP {
        return Err(ApiError::invalid_input(format!(
            "at most {} applications from the app; use `kezek demo-data` for more",
            kezek_api::MAX_DEMO_APPLICATIONS_IN_APP
        )));
    }
    state
        .kezek()?
        .load_demo(applications, 1, |p| {
            // A closed window is no reason to abort the load.
            let _ = on_progress.send(p);
        })
        .await
}
