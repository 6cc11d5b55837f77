//! Realistic sample documents: `kezek document sample KIND --lang L` prints them, and the
//! tests render the same data. Kazakh families for the direction, notice, card and contract,
//! a Kyrgyz commission for the protocol; between them the names carry every Kazakh
//! (әғқңөұүһі) and Kyrgyz (ңөү) letter, so a missing glyph shows at once.

use crate::{
    Applicant, ApplicationStatus, Child, ChildCard, Country, Decision, Direction, Document,
    DocumentError, DocumentKind, HistoryEntry, Kindergarten, Member, Parent, Protocol,
    ProtocolApplication, RegistrationNotice, Relation, SubmittedDocument, VoucherContract,
};
use chrono::{NaiveDate, NaiveDateTime};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
}

fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
    day(y, m, d).and_hms_opt(h, min, 0).expect("a real time")
}

/// The sample of `kind` rendered in `lang`, with [`identifier`] as its identifier.
pub fn sample(kind: DocumentKind, lang: &str) -> Result<Vec<u8>, DocumentError> {
    document(kind).render(lang, identifier(kind))
}

/// The sample data of `kind`.
pub fn document(kind: DocumentKind) -> Box<dyn Document> {
    match kind {
        DocumentKind::Protocol => Box::new(protocol(5)),
        DocumentKind::Direction => Box::new(direction(Country::Kz)),
        DocumentKind::RegistrationNotice => Box::new(registration_notice()),
        DocumentKind::ChildCard => Box::new(child_card(6)),
        DocumentKind::VoucherContract => Box::new(voucher_contract()),
    }
}

/// The identifier a sample is rendered with (marked as a sample, so nobody verifies it).
pub fn identifier(kind: DocumentKind) -> &'static str {
    match kind {
        DocumentKind::Protocol => "SAMPLE-KG-PROT-12/34",
        DocumentKind::Direction => "SAMPLE-KZ-DIR-UO.2026.000016.1",
        DocumentKind::RegistrationNotice => "SAMPLE-KZ-REG-UO.2026.004512.1",
        DocumentKind::ChildCard => "SAMPLE-KZ-CARD-UO.2026.004512.1",
        DocumentKind::VoucherContract => "SAMPLE-KZ-VC-2026/0871",
    }
}

/// Children whose names carry every Kazakh and Kyrgyz letter between them.
pub const CHILDREN: [&str; 5] = [
    "Әлихан Ғабитұлы Қасымов",
    "Айгөрім Шаһизада Үсенқызы",
    "Дәулет Ерболұлы Жеңісов",
    "Айжаңыл Өмүрбекова",
    "Үмүт Нурланова Ибраимова",
];

const BENEFITS: [&str; 4] = ["large_family", "disability", "orphan", "low_income"];

/// A meeting of a Bishkek commission that decided `applications` applications.
pub fn protocol(applications: usize) -> Protocol {
    let applications = (0..applications)
        .map(|i| ProtocolApplication {
            child: if i < CHILDREN.len() {
                CHILDREN[i].to_string()
            } else {
                format!("{} {}", CHILDREN[i % CHILDREN.len()], i + 1)
            },
            birth_date: day(2021, 1 + (i % 12) as u32, 1 + (i % 28) as u32),
            benefit: BENEFITS[i % BENEFITS.len()].to_string(),
            documents: vec![
                SubmittedDocument::Kind("birth_certificate".into()),
                SubmittedDocument::Kind("benefit_proof".into()),
                SubmittedDocument::Other(
                    "Справка с места жительства (Бішкек, Өрнөк көчөсү)".into(),
                ),
            ],
            decision: if i % 3 == 2 {
                Decision::Rejected
            } else {
                Decision::Approved
            },
            comment: if i % 2 == 0 {
                "Семья переехала из Нарына; пакет документов проверен секретарём, сведения о \
                 доходах подтверждены справкой, копии сверены с оригиналами — замечаний нет."
                    .into()
            } else {
                String::new()
            },
        })
        .collect();
    Protocol {
        number: "12/34".into(),
        date: day(2026, 5, 15),
        commission: "Комиссия по социальным вопросам мэрии г. Бишкек (Бішкек қаласы)".into(),
        present: vec![
            Member {
                full_name: "Жеңіс Төлеуұлы Сәрсенбаев".into(),
                position: "председатель".into(),
            },
            Member {
                full_name: "Гүлнұр Қайратқызы Әбдіқадырова".into(),
                position: "ответственный секретарь".into(),
            },
            Member {
                full_name: "Эркинбек Түгөлбаев".into(),
                position: "член комиссии".into(),
            },
        ],
        applications,
        comment: "Заседание проведено в полном составе.".into(),
        chairman: "Жеңіс Төлеуұлы Сәрсенбаев".into(),
        secretary: "Гүлнұр Қайратқызы Әбдіқадырова".into(),
    }
}

/// A direction to an Astana kindergarten; `country` picks the personal number's label.
pub fn direction(country: Country) -> Direction {
    Direction {
        number: "UO.2026.000016.1".into(),
        date: day(2026, 7, 31),
        child: "Айгөрім Шаһизада Үсенқызы".into(),
        personal_number: "210915600123".into(),
        country,
        birth_date: day(2021, 9, 15),
        kindergarten: "№ 12 «Балбөбек» бөбекжай-бақшасы, Нұр-Сұлтан к-сі 4".into(),
        group: "Ортаңғы топ «Күншуақ» (2021)".into(),
        language: "kk".into(),
        valid_until: day(2026, 8, 7),
        issued_by: "Нұрлан Өтегенұлы Һашимов".into(),
    }
}

fn alikhan() -> Child {
    Child {
        full_name: CHILDREN[0].into(),
        personal_number: "230415500318".into(),
        birth_date: day(2023, 4, 15),
    }
}

/// An Almaty application from a large family, registered through the portal.
pub fn registration_notice() -> RegistrationNotice {
    RegistrationNotice {
        application_number: "UO.2026.004512.1".into(),
        registered_at: at(2026, 3, 2, 10, 15),
        country: Country::Kz,
        child: alikhan(),
        applicant: "Ғабит Серікұлы Қасымов".into(),
        locality: "Алматы қаласы".into(),
        district: "Әуезов ауданы".into(),
        kindergartens: vec![
            "№ 47 «Ақбота» бөбекжай-бақшасы".into(),
            "№ 112 «Күншуақ» балабақшасы".into(),
            "«Ертөстік» шағын орталығы (Жетісу-1 ш.а., 9)".into(),
        ],
        benefit: Some("large_family".into()),
        queue_number: 1487,
        benefit_queue_number: Some(63),
        issued_by: "Сәуле Бүркітқызы Һамитова".into(),
    }
}

/// The card of the same application, with `history` events (six tell its real story; more
/// repeat the yearly confirmation, to fill pages).
pub fn child_card(history: usize) -> ChildCard {
    let story = [
        (
            at(2026, 3, 2, 10, 15),
            "registered",
            "Портал арқылы, ЭЦҚ қолтаңбасымен",
        ),
        (
            at(2026, 3, 2, 10, 16),
            "queued",
            "Жалпы кезектегі нөмірі 1502",
        ),
        (
            at(2026, 3, 4, 15, 40),
            "benefit_verified",
            "Көпбалалы отбасы: № 4471 анықтама, тексерген С. Б. Һамитова",
        ),
        (
            at(2026, 5, 19, 9, 5),
            "contacts_changed",
            "Жаңа телефон: +7 701 555 12 34",
        ),
        (
            at(2027, 2, 26, 18, 22),
            "interest_confirmed",
            "Жеке кабинет арқылы",
        ),
        (at(2027, 3, 1, 8, 30), "queued", "Кезектегі нөмірі 1487"),
    ];
    let history = (0..history)
        .map(|i| {
            if let Some((at, action, note)) = story.get(i) {
                return HistoryEntry {
                    at: *at,
                    action: (*action).into(),
                    note: (*note).into(),
                };
            }
            let year = 2027 + (i - story.len() + 1) as i32;
            HistoryEntry {
                at: at(year, 2, 20, 11, 0),
                action: "interest_confirmed".into(),
                note: format!("{year} жылғы мүдделілікті растау, жеке кабинет арқылы"),
            }
        })
        .collect();
    ChildCard {
        application_number: "UO.2026.004512.1".into(),
        registered_at: at(2026, 3, 2, 10, 15),
        printed_on: day(2027, 3, 10),
        country: Country::Kz,
        child: alikhan(),
        applicant: Applicant {
            full_name: "Ғабит Серікұлы Қасымов".into(),
            personal_number: "880921300517".into(),
            relation: Relation::Father,
            phone: "+7 701 555 12 34".into(),
            email: "gabit.kasymov@mail.kz".into(),
        },
        address: "Алматы қ., Әуезов ауданы, Жетісу-1 ш.а., 17-үй, 42-пәтер".into(),
        status: ApplicationStatus::InQueue,
        status_since: at(2026, 3, 2, 10, 16),
        queue_number: 1487,
        benefit: Some("large_family".into()),
        benefit_queue_number: Some(63),
        history,
    }
}

/// A contract of an Almaty private kindergarten for a voucher child.
pub fn voucher_contract() -> VoucherContract {
    VoucherContract {
        number: "2026/0871".into(),
        date: day(2026, 8, 24),
        place: "Алматы қ.".into(),
        country: Country::Kz,
        kindergarten: Kindergarten {
            name: "«Балапан-Әлем» ЖШС бөбекжай-бақшасы".into(),
            bin: "150840012345".into(),
            address: "Алматы қ., Бостандық ауданы, Әл-Фараби даңғылы, 95".into(),
            head: "Гүлжаһан Төлегенқызы Омарова".into(),
        },
        parent: Parent {
            full_name: "Айнұр Болатқызы Үсенова".into(),
            personal_number: "900312400256".into(),
            address: "Алматы қ., Бостандық ауданы, Тимирязев к-сі, 28-үй, 15-пәтер".into(),
            phone: "+7 707 123 45 67".into(),
        },
        child: Child {
            full_name: CHILDREN[1].into(),
            personal_number: "210915600123".into(),
            birth_date: day(2021, 9, 15),
        },
        group: "Ересек топ «Жұлдыз» (2021)".into(),
        language: "kk".into(),
        voucher_number: "VCH-2026-000871".into(),
        monthly_amount: 52_000,
        valid_from: day(2026, 9, 1),
        valid_until: day(2027, 5, 31),
        pmpk_conclusion: false,
    }
}
