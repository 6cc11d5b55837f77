//! The intake's e-mails, in the language the parent chose: the portal's (`locales/*/intake.ftl`)
//! and the office's confirmation (`locales/*/mail.ftl`).

use crate::mail::Letter;
use kezek_i18n::{FluentArgs, Localizer};

fn letter(language: &str, subject: &str, body: &[String], args: &FluentArgs) -> Letter {
    let loc = Localizer::new(language);
    let mut text = body.join("\n\n");
    text.push_str("\n\n");
    text.push_str(&loc.message("mail-signature", None));
    Letter {
        language: language.to_string(),
        subject: loc.message(subject, Some(args)),
        body: text,
    }
}

/// The confirmation code for the address.
pub fn code(language: &str, code: &str, minutes: i64) -> Letter {
    let loc = Localizer::new(language);
    let mut args = FluentArgs::new();
    args.set("code", code.to_string());
    args.set("minutes", minutes);
    let body = [
        loc.message("intake-code-body", Some(&args)),
        loc.message("intake-code-ignore", None),
    ];
    letter(language, "intake-code-subject", &body, &args)
}

/// The application was registered. `password` is the new cabinet's password, or `None` when the
/// parent had a cabinet already (its password is not changed).
pub fn submitted(
    language: &str,
    application: &str,
    child: &str,
    login: &str,
    password: Option<&str>,
) -> Letter {
    let loc = Localizer::new(language);
    let mut args = FluentArgs::new();
    args.set("application", application.to_string());
    args.set("child", child.to_string());
    args.set("login", login.to_string());
    let mut body = vec![loc.message("intake-submitted-body", Some(&args))];
    match password {
        Some(p) => {
            args.set("password", p.to_string());
            body.push(loc.message("intake-cabinet-new", Some(&args)));
        }
        None => body.push(loc.message("intake-cabinet-existing", Some(&args))),
    }
    body.push(loc.message("intake-decision-later", None));
    letter(language, "intake-submitted-subject", &body, &args)
}

/// An application typed in at the office was registered (sent only when the family left an
/// e-mail address). No cabinet is made at the office, so the letter names none.
pub fn registered(language: &str, application: &str, child: &str) -> Letter {
    let loc = Localizer::new(language);
    let mut args = FluentArgs::new();
    args.set("application", application.to_string());
    args.set("child", child.to_string());
    let body = [
        loc.message("mail-registered-body", Some(&args)),
        loc.message("mail-registered-decision-later", None),
    ];
    letter(language, "mail-registered-subject", &body, &args)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_fills_the_arguments() {
        for lang in ["ru", "kk", "ky", "en"] {
            let c = code(lang, "042917", 15);
            assert!(c.body.contains("042917"), "{lang}: {}", c.body);
            assert!(c.body.contains("15"), "{lang}: {}", c.body);
            assert!(!c.subject.starts_with("intake-"), "{lang}: {}", c.subject);
            let s = submitted(
                lang,
                "БЛ.2026.П000001",
                "Асанова Айпери",
                "11505199000021",
                Some("pw-secret"),
            );
            for part in [
                "БЛ.2026.П000001",
                "Асанова Айпери",
                "11505199000021",
                "pw-secret",
            ] {
                assert!(s.body.contains(part), "{lang}: {part} in {}", s.body);
            }
            assert!(
                s.subject.contains("БЛ.2026.П000001"),
                "{lang}: {}",
                s.subject
            );
            let again = submitted(lang, "X-1", "C", "11505199000021", None);
            assert!(
                again.body.contains("11505199000021"),
                "{lang}: {}",
                again.body
            );
            assert!(!again.body.contains("{"), "{lang}: {}", again.body);
            let office = registered(lang, "БЛ.2026.О000001", "Асанова Айпери");
            for part in ["БЛ.2026.О000001", "Асанова Айпери"] {
                assert!(
                    office.body.contains(part),
                    "{lang}: {part} in {}",
                    office.body
                );
            }
            assert!(
                office.subject.contains("БЛ.2026.О000001"),
                "{lang}: {}",
                office.subject
            );
            assert!(
                !office.body.contains("mail-") && !office.body.contains('{'),
                "{lang}: {}",
                office.body
            );
        }
        assert!(registered("ky", "X", "C").body.contains("Саламатсызбы"));
        assert!(registered("kk", "X", "C").body.contains("Сәлеметсіз бе"));
        assert!(registered("en", "X", "C").body.starts_with("Hello"));
    }
}
