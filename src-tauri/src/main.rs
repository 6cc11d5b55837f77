//! Kezek desktop app: the window and the list of commands. Each command is a thin adapter over
//! one function of `kezek_api`; errors travel to the UI as `ApiError` with a stable code.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod commands;

fn main() {
    tauri::Builder::default()
        .setup(|app| {
            use tauri::Manager;
            let data_dir = kezek_api::data_dir();
            let opened = tauri::async_runtime::block_on(kezek_api::Kezek::open(&data_dir));
            app.manage(commands::AppState(opened));
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::startup,
            commands::journal_page,
            commands::application_card,
            commands::application_history,
            commands::application_documents,
            commands::queue_explanation,
            commands::reference_data,
            commands::settings,
            commands::set_language,
            commands::about,
            commands::load_demo,
            commands::set_personal_number,
            commands::signing_keys,
            commands::import_key,
            commands::key_details,
            commands::remove_key,
            commands::trusted_certificates,
            commands::trust_add,
            commands::remove_trusted_certificate,
            commands::generate_document,
            commands::document_pdf,
            commands::document_signatures,
            commands::sign_document,
            commands::verify_file,
            commands::account_status,
            commands::set_server_url,
            commands::login,
            commands::unlock,
            commands::lock,
            commands::logout,
            commands::set_lock_minutes,
            commands::change_password,
            commands::feedback,
            commands::send_feedback,
            commands::meal_children,
            commands::meal_benefit,
            commands::save_meal_benefit,
            commands::meal_benefit_pdf,
            commands::voucher_intakes,
            commands::streets,
            commands::register_intake,
            commands::voucher_registry,
            commands::export_voucher_registry,
            commands::server_users,
            commands::server_reference,
            commands::add_user,
            commands::disable_user,
            commands::reset_user_password,
            commands::sync_status,
            commands::sync_now,
            commands::rejected_changes,
            commands::mark_rejections_seen,
            commands::group_choices,
            commands::application_places,
            commands::request_place,
            commands::commission_members,
            commands::save_commission_member,
            commands::remove_commission_member,
            commands::voucher_reviews,
            commands::voucher_review,
            commands::save_review,
            commands::protocols,
            commands::protocol_pdf,
            commands::send_protocol,
            commands::return_protocol,
            commands::sign_protocol,
        ])
        .run(tauri::generate_context!())
        .expect("error while running the Kezek app");
}
