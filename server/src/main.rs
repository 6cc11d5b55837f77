//! `kezek-server`: see `kezek_server::cli`.

fn main() -> std::process::ExitCode {
    kezek_server::cli::main()
}
