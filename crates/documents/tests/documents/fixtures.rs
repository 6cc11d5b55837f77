//! Sample documents with Kazakh and Kyrgyz names (әғқңөұүһі, ңөү).

use chrono::NaiveDate;
use kezek_documents::{
    Country, Decision, Direction, Member, Protocol, ProtocolApplication, SubmittedDocument,
};

pub const LANGS: [&str; 4] = ["ru", "kk", "ky", "en"];

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
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
