//! Tauri commands: parse arguments, call one `kezek_api` function, pass its error on.

use kezek_api::{parse_date, VoucherRegistry};
use kezek_api::{
    About, AccountStatus, ApiError, ApplicationCard, CreatedUser, DemoProgress, DocumentEntry,
    HistoryEntry, JournalPage, JournalQuery, KeyDetails, Kezek, NewServerUser, QueueExplanation,
    ReferenceData, Remember, ServerReference, ServerUser, Settings, SigningKeyEntry, Startup,
    TemporaryPassword, TrustedCertificateEntry, VerificationReport,
};
use kezek_api::{
    CommissionMember, MemberInput, ProtocolView, ReviewInput, ReviewRow, VoucherReview,
};
use kezek_api::{
    FeedbackEntry, GroupChoice, PlaceEntry, RejectedChange, SyncDone, SyncStatus, SyncStep,
};
use tauri::ipc::{Channel, Response};
use tauri::State;

/// The opened installation, or why it could not be opened (e.g. a database from a newer Kezek):
/// every command then answers with that error, which the UI shows.
pub struct AppState(pub Result<Kezek, ApiError>);

impl AppState {
    /// The installation for a command on its data: refused while locked or signed out.
    fn kezek(&self) -> Result<&Kezek, ApiError> {
        let kezek = self.opened()?;
        kezek.ensure_unlocked()?;
        Ok(kezek)
    }

    /// The installation for the start-up and account commands, which work while locked.
    fn opened(&self) -> Result<&Kezek, ApiError> {
        self.0.as_ref().map_err(Clone::clone)
    }
}

#[tauri::command]
pub async fn startup(state: State<'_, AppState>) -> Result<Startup, ApiError> {
    state.opened()?.startup().await
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

#[tauri::command]
pub async fn set_personal_number(
    state: State<'_, AppState>,
    personal_number: Option<String>,
) -> Result<Settings, ApiError> {
    state
        .kezek()?
        .set_personal_number(personal_number.as_deref())
        .await
}

#[tauri::command]
pub async fn signing_keys(state: State<'_, AppState>) -> Result<Vec<SigningKeyEntry>, ApiError> {
    state.kezek()?.signing_keys().await
}

#[tauri::command]
pub async fn import_key(
    state: State<'_, AppState>,
    file_name: String,
    pkcs12: Vec<u8>,
    password: String,
) -> Result<SigningKeyEntry, ApiError> {
    state
        .kezek()?
        .import_key(&file_name, pkcs12, &password)
        .await
}

#[tauri::command]
pub async fn key_details(state: State<'_, AppState>, id: i64) -> Result<KeyDetails, ApiError> {
    state.kezek()?.key_details(id).await
}

#[tauri::command]
pub async fn remove_key(state: State<'_, AppState>, id: i64) -> Result<(), ApiError> {
    state.kezek()?.remove_key(id).await
}

#[tauri::command]
pub async fn trusted_certificates(
    state: State<'_, AppState>,
) -> Result<Vec<TrustedCertificateEntry>, ApiError> {
    state.kezek()?.trusted_certificates().await
}

#[tauri::command]
pub async fn trust_add(
    state: State<'_, AppState>,
    file: Vec<u8>,
) -> Result<Vec<TrustedCertificateEntry>, ApiError> {
    state.kezek()?.trust_add(&file).await
}

#[tauri::command]
pub async fn remove_trusted_certificate(
    state: State<'_, AppState>,
    id: i64,
) -> Result<(), ApiError> {
    state.kezek()?.remove_trusted_certificate(id).await
}

#[tauri::command]
pub async fn generate_document(
    state: State<'_, AppState>,
    application_id: i64,
    kind: String,
    language: String,
) -> Result<DocumentEntry, ApiError> {
    state
        .kezek()?
        .generate_document(application_id, &kind, &language)
        .await
}

/// The PDF as raw bytes (an ArrayBuffer in the webview), not a JSON array of numbers.
#[tauri::command]
pub async fn document_pdf(state: State<'_, AppState>, id: i64) -> Result<Response, ApiError> {
    Ok(Response::new(state.kezek()?.document_pdf(id).await?))
}

#[tauri::command]
pub async fn document_signatures(
    state: State<'_, AppState>,
    id: i64,
) -> Result<VerificationReport, ApiError> {
    state.kezek()?.document_signatures(id).await
}

#[tauri::command]
pub async fn sign_document(
    state: State<'_, AppState>,
    id: i64,
    key_id: i64,
    password: Option<String>,
    remember: Remember,
) -> Result<VerificationReport, ApiError> {
    state
        .kezek()?
        .sign_document(id, key_id, password.as_deref(), remember)
        .await
}

/// Checks a signed PDF, or a detached signature over `content`.
#[tauri::command]
pub async fn verify_file(
    state: State<'_, AppState>,
    signed: Vec<u8>,
    content: Option<Vec<u8>>,
) -> Result<VerificationReport, ApiError> {
    state.kezek()?.verify(&signed, content.as_deref()).await
}

// Accounts: these work while locked (that is how one unlocks or signs out).

#[tauri::command]
pub async fn account_status(state: State<'_, AppState>) -> Result<AccountStatus, ApiError> {
    Ok(state.opened()?.account_status())
}

#[tauri::command]
pub async fn set_server_url(
    state: State<'_, AppState>,
    url: Option<String>,
) -> Result<AccountStatus, ApiError> {
    state.opened()?.set_server_url(url.as_deref()).await
}

#[tauri::command]
pub async fn login(
    state: State<'_, AppState>,
    url: String,
    login: String,
    password: String,
) -> Result<AccountStatus, ApiError> {
    state.opened()?.login(&url, &login, &password).await
}

#[tauri::command]
pub async fn unlock(
    state: State<'_, AppState>,
    password: String,
) -> Result<AccountStatus, ApiError> {
    state.opened()?.unlock(&password).await
}

#[tauri::command]
pub async fn lock(state: State<'_, AppState>) -> Result<AccountStatus, ApiError> {
    Ok(state.opened()?.lock())
}

#[tauri::command]
pub async fn logout(state: State<'_, AppState>) -> Result<AccountStatus, ApiError> {
    state.opened()?.logout().await
}

#[tauri::command]
pub async fn set_lock_minutes(
    state: State<'_, AppState>,
    minutes: u32,
) -> Result<AccountStatus, ApiError> {
    state.kezek()?.set_lock_minutes(minutes).await
}

/// Online only; the new password then unlocks this app offline too.
#[tauri::command]
pub async fn change_password(
    state: State<'_, AppState>,
    current_password: String,
    new_password: String,
) -> Result<(), ApiError> {
    state
        .kezek()?
        .change_password(&current_password, &new_password)
        .await
}

// Feedback to the developers and administrators (offline too: it leaves with the next sync).

#[tauri::command]
pub async fn feedback(state: State<'_, AppState>) -> Result<Vec<FeedbackEntry>, ApiError> {
    state.kezek()?.feedback().await
}

#[tauri::command]
pub async fn send_feedback(
    state: State<'_, AppState>,
    subject: Option<String>,
    message: String,
) -> Result<FeedbackEntry, ApiError> {
    state
        .kezek()?
        .send_feedback(subject.as_deref(), &message)
        .await
}

// The meal benefit of voucher children (seed 000 §III "Питание").

#[tauri::command]
pub async fn meal_children(
    state: State<'_, AppState>,
) -> Result<Vec<kezek_api::MealChild>, ApiError> {
    state.kezek()?.meal_children().await
}

#[tauri::command]
pub async fn meal_benefit(
    state: State<'_, AppState>,
    application_id: i64,
) -> Result<Option<kezek_api::MealBenefit>, ApiError> {
    state.kezek()?.meal_benefit(application_id).await
}

#[tauri::command]
pub async fn save_meal_benefit(
    state: State<'_, AppState>,
    input: kezek_api::SaveMealBenefit,
) -> Result<kezek_api::MealBenefit, ApiError> {
    state.kezek()?.save_meal_benefit(input).await
}

/// The PDF as raw bytes (an ArrayBuffer in the webview).
#[tauri::command]
pub async fn meal_benefit_pdf(
    state: State<'_, AppState>,
    application_id: i64,
) -> Result<Response, ApiError> {
    Ok(Response::new(
        state.kezek()?.meal_benefit_pdf(application_id).await?,
    ))
}

// Office intake of voucher applications (seed 001's form; offline too: it leaves with the next
// sync, the number comes back with a later one).

#[tauri::command]
pub async fn voucher_intakes(
    state: State<'_, AppState>,
) -> Result<Vec<kezek_api::IntakeEntry>, ApiError> {
    state.kezek()?.voucher_intakes().await
}

#[tauri::command]
pub async fn streets(
    state: State<'_, AppState>,
    district_id: i64,
) -> Result<Vec<kezek_api::StreetEntry>, ApiError> {
    state.kezek()?.streets(district_id).await
}

#[tauri::command]
pub async fn register_intake(
    state: State<'_, AppState>,
    form: kezek_api::IntakeForm,
) -> Result<kezek_api::IntakeOutcome, ApiError> {
    state.kezek()?.register_intake(form).await
}

// User administration (an administrator, online).

#[tauri::command]
pub async fn server_users(state: State<'_, AppState>) -> Result<Vec<ServerUser>, ApiError> {
    state.kezek()?.server_users().await
}

#[tauri::command]
pub async fn server_reference(state: State<'_, AppState>) -> Result<ServerReference, ApiError> {
    state.kezek()?.server_reference().await
}

#[tauri::command]
pub async fn add_user(
    state: State<'_, AppState>,
    user: NewServerUser,
) -> Result<CreatedUser, ApiError> {
    state.kezek()?.add_user(&user).await
}

#[tauri::command]
pub async fn disable_user(state: State<'_, AppState>, id: i64) -> Result<ServerUser, ApiError> {
    state.kezek()?.disable_user(id).await
}

#[tauri::command]
pub async fn reset_user_password(
    state: State<'_, AppState>,
    id: i64,
) -> Result<TemporaryPassword, ApiError> {
    state.kezek()?.reset_user_password(id).await
}

#[tauri::command]
pub async fn sync_status(state: State<'_, AppState>) -> Result<SyncStatus, ApiError> {
    state.opened()?.sync_status().await
}

#[tauri::command]
pub async fn sync_now(
    state: State<'_, AppState>,
    on_progress: Channel<SyncStep>,
) -> Result<SyncDone, ApiError> {
    state
        .kezek()?
        .sync_now(|step| {
            let _ = on_progress.send(step);
        })
        .await
}

#[tauri::command]
pub async fn rejected_changes(state: State<'_, AppState>) -> Result<Vec<RejectedChange>, ApiError> {
    state.kezek()?.rejected_changes().await
}

#[tauri::command]
pub async fn mark_rejections_seen(
    state: State<'_, AppState>,
    seqs: Vec<u64>,
) -> Result<(), ApiError> {
    state.kezek()?.mark_rejections_seen(&seqs).await
}

#[tauri::command]
pub async fn group_choices(
    state: State<'_, AppState>,
    application_id: i64,
) -> Result<Vec<GroupChoice>, ApiError> {
    state.kezek()?.group_choices(application_id).await
}

#[tauri::command]
pub async fn application_places(
    state: State<'_, AppState>,
    application_id: i64,
) -> Result<Vec<PlaceEntry>, ApiError> {
    state.kezek()?.application_places(application_id).await
}

#[tauri::command]
pub async fn request_place(
    state: State<'_, AppState>,
    application_id: i64,
    group_id: i64,
) -> Result<PlaceEntry, ApiError> {
    state.kezek()?.request_place(application_id, group_id).await
}

#[tauri::command]
pub async fn commission_members(
    state: State<'_, AppState>,
) -> Result<Vec<CommissionMember>, ApiError> {
    state.kezek()?.commission_members().await
}

#[tauri::command]
pub async fn save_commission_member(
    state: State<'_, AppState>,
    input: MemberInput,
) -> Result<CommissionMember, ApiError> {
    state.kezek()?.save_commission_member(input).await
}

#[tauri::command]
pub async fn remove_commission_member(
    state: State<'_, AppState>,
    uid: String,
) -> Result<(), ApiError> {
    state.kezek()?.remove_commission_member(&uid).await
}

#[tauri::command]
pub async fn voucher_reviews(state: State<'_, AppState>) -> Result<Vec<ReviewRow>, ApiError> {
    state.kezek()?.voucher_reviews().await
}

#[tauri::command]
pub async fn voucher_review(
    state: State<'_, AppState>,
    application_id: i64,
) -> Result<VoucherReview, ApiError> {
    state.kezek()?.voucher_review(application_id).await
}

#[tauri::command]
pub async fn save_review(
    state: State<'_, AppState>,
    input: ReviewInput,
    language: String,
) -> Result<ProtocolView, ApiError> {
    state.kezek()?.save_review(input, &language).await
}

#[tauri::command]
pub async fn protocols(state: State<'_, AppState>) -> Result<Vec<ProtocolView>, ApiError> {
    state.kezek()?.protocols().await
}

/// The PDF as raw bytes (an ArrayBuffer in the webview).
#[tauri::command]
pub async fn protocol_pdf(state: State<'_, AppState>, uid: String) -> Result<Response, ApiError> {
    Ok(Response::new(state.kezek()?.protocol_pdf(&uid).await?))
}

#[tauri::command]
pub async fn send_protocol(
    state: State<'_, AppState>,
    uid: String,
) -> Result<ProtocolView, ApiError> {
    state.kezek()?.send_protocol(&uid).await
}

#[tauri::command]
pub async fn return_protocol(
    state: State<'_, AppState>,
    uid: String,
    reason: String,
) -> Result<ProtocolView, ApiError> {
    state.kezek()?.return_protocol(&uid, &reason).await
}

#[tauri::command]
pub async fn sign_protocol(
    state: State<'_, AppState>,
    uid: String,
    key_id: i64,
    password: Option<String>,
    remember: Remember,
) -> Result<ProtocolView, ApiError> {
    state
        .kezek()?
        .sign_protocol(&uid, key_id, password.as_deref(), remember)
        .await
}

/// The voucher registry on `date` ("YYYY-MM-DD").
#[tauri::command]
pub async fn voucher_registry(
    state: State<'_, AppState>,
    date: String,
) -> Result<VoucherRegistry, ApiError> {
    state.kezek()?.voucher_registry(parse_date(&date)?).await
}

/// Saves the registry on `date` as an Excel file in the downloads directory; its full path.
#[tauri::command]
pub async fn export_voucher_registry(
    state: State<'_, AppState>,
    date: String,
) -> Result<String, ApiError> {
    state
        .kezek()?
        .export_voucher_registry(parse_date(&date)?)
        .await
}
