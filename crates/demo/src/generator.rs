//! The generator: reference data up front, applications lazily (a million fit in no memory).

use crate::names::{latin, patronymic, surname_for, Tradition};
use crate::places::{
    CORRECTION_TYPES, DEMO_STREETS, KG_KINDERGARTEN_NAMES, KG_STREETS, KZ_KINDERGARTEN_NAMES,
    KZ_STREETS, PLACES,
};
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use kezek_domain::{Iin, PersonalNumber, Pin, Sex};
use kezek_store::import::{
    Applicant, ApplicationRecord, BenefitCategory, Child, District, Document, Event, Group,
    Kindergarten, Locality, Person, ReferenceSet, Region, Street,
};
use kezek_store::FieldChange;
use rand::prelude::*;
use rand_chacha::ChaCha8Rng;
use std::collections::HashMap;

/// Benefit categories: (id, code, kind, share of applications in per mille).
const BENEFITS: [(i64, &str, &str, u32); 7] = [
    (1, "none", "general", 850),
    (2, "orphan", "out_of_turn", 15),
    (3, "military_family", "out_of_turn", 5),
    (4, "disability", "first_turn", 40),
    (5, "special_needs", "first_turn", 30),
    (6, "large_family", "first_turn", 40),
    (7, "low_income", "first_turn", 20),
];

const KZ_OPERATORS: &[&str] = &[
    "Сейтқалиева А. Б.",
    "Жұмабекова Г. С.",
    "Ким Е. В.",
    "Оспанов Д. Н.",
];
const KG_OPERATORS: &[&str] = &[
    "Асанова Н. Т.",
    "Токтогулова Ж. К.",
    "Петрова И. А.",
    "Мамытов Б. Э.",
];
const SYSTEM: &str = "system";

struct LocalityInfo {
    id: i64,
    country: &'static str,
    settlement: String,
    office_device: String,
    weight: u32,
    kindergartens: Vec<(i64, String)>,
}

/// A demo data set: call [`DemoData::reference`] and [`DemoData::applications`].
pub struct DemoData {
    seed: u64,
    count: u32,
    today: NaiveDate,
    reference: ReferenceSet,
    localities: Vec<LocalityInfo>,
}

impl DemoData {
    /// The data set of `count` applications for `seed`, with ages and dates relative to `today`.
    pub fn new(seed: u64, count: u32, today: NaiveDate) -> Self {
        let mut rng = ChaCha8Rng::seed_from_u64(seed.wrapping_add(REFERENCE_STREAM));
        let mut reference = ReferenceSet::default();
        let mut localities = Vec::new();
        for &(id, code, kind, _) in &BENEFITS {
            reference
                .benefit_categories
                .push(BenefitCategory { id, code, kind });
        }
        let (mut district_id, mut locality_id, mut kg_id, mut group_id) = (0, 0, 0, 0);
        for (region_index, (country, region, districts)) in PLACES.iter().enumerate() {
            let region_id = region_index as i64 + 1;
            reference.regions.push(Region {
                id: region_id,
                country,
                name: region.to_string(),
            });
            let region_is_city = region.starts_with("город");
            for (district, names) in districts.iter() {
                district_id += 1;
                reference.districts.push(District {
                    id: district_id,
                    region_id,
                    name: district.to_string(),
                });
                // No randomness here: the rest of the data set stays what it was.
                for name in DEMO_STREETS {
                    reference.streets.push(Street {
                        id: reference.streets.len() as i64 + 1,
                        district_id,
                        locality_id: None,
                        name: name.to_owned(),
                    });
                }
                let district_is_city = district.starts_with("город");
                for (i, name) in names.iter().enumerate() {
                    locality_id += 1;
                    reference.localities.push(Locality {
                        id: locality_id,
                        district_id,
                        name: name.to_string(),
                    });
                    let is_city = (region_is_city || district_is_city)
                        && (i == 0 || region_is_city && name.contains('('));
                    let base = name.split(" (").next().unwrap_or(name);
                    let settlement = if is_city {
                        format!("г. {base}")
                    } else {
                        format!("с. {base}")
                    };
                    let office_device = format!(
                        "{}-{}-{:02}",
                        country.to_lowercase(),
                        latin(base).chars().take(6).collect::<String>(),
                        rng.random_range(1..=3)
                    );
                    let kg_count = if is_city {
                        rng.random_range(5..=9)
                    } else {
                        rng.random_range(1..=3)
                    };
                    let mut kindergartens = Vec::new();
                    for _ in 0..kg_count {
                        kg_id += 1;
                        let names = if *country == "KZ" {
                            KZ_KINDERGARTEN_NAMES
                        } else {
                            KG_KINDERGARTEN_NAMES
                        };
                        let kg_name = format!(
                            "Детский сад № {} «{}»",
                            rng.random_range(1..=180),
                            names.choose(&mut rng).unwrap()
                        );
                        let streets = if *country == "KZ" {
                            KZ_STREETS
                        } else {
                            KG_STREETS
                        };
                        reference.kindergartens.push(Kindergarten {
                            id: kg_id,
                            locality_id,
                            name: kg_name.clone(),
                            address: format!(
                                "{settlement}, {}, {}",
                                streets.choose(&mut rng).unwrap(),
                                rng.random_range(1..=150)
                            ),
                            phone: phone(&mut rng, country),
                        });
                        let languages: [&'static str; 2] = if *country == "KZ" {
                            ["kk", "ru"]
                        } else {
                            ["ky", "ru"]
                        };
                        for age in 1..=6 {
                            for language in languages {
                                group_id += 1;
                                reference.groups.push(Group {
                                    id: group_id,
                                    kindergarten_id: kg_id,
                                    name: format!("{} ({language})", group_name(age)),
                                    birth_year: today.year() - age,
                                    language,
                                    kind: "general",
                                    correction_type: None,
                                    capacity: rng.random_range(15..=30),
                                });
                            }
                        }
                        if rng.random_bool(0.15) {
                            group_id += 1;
                            reference.groups.push(Group {
                                id: group_id,
                                kindergarten_id: kg_id,
                                name: "Коррекционная группа".into(),
                                birth_year: today.year() - rng.random_range(3..=5),
                                language: languages[rng.random_range(0..2)],
                                kind: "special",
                                correction_type: Some(CORRECTION_TYPES.choose(&mut rng).unwrap()),
                                capacity: rng.random_range(8..=12),
                            });
                        }
                        kindergartens.push((kg_id, kg_name));
                    }
                    localities.push(LocalityInfo {
                        id: locality_id,
                        country,
                        settlement,
                        office_device,
                        weight: if is_city { 20 } else { 3 },
                        kindergartens,
                    });
                }
            }
        }
        Self {
            seed,
            count,
            today,
            reference,
            localities,
        }
    }

    pub fn reference(&self) -> &ReferenceSet {
        &self.reference
    }

    /// The applications, generated one by one in the same order every time.
    pub fn applications(&self) -> impl Iterator<Item = ApplicationRecord> + '_ {
        let mut g = Generator {
            data: self,
            rng: ChaCha8Rng::seed_from_u64(self.seed),
            serials: HashMap::new(),
            next_applicant: 1,
            last_family: None,
            total_weight: self.localities.iter().map(|l| l.weight).sum(),
        };
        (1..=i64::from(self.count)).map(move |id| g.record(id))
    }
}

/// Reference data comes from its own random stream, so that it does not shift with the
/// number of applications.
const REFERENCE_STREAM: u64 = 0x7e7e_5eed;

fn group_name(age: i32) -> &'static str {
    match age {
        1 => "Ясельная группа",
        2 => "Младшая группа",
        3 => "Средняя группа",
        4 => "Старшая группа",
        _ => "Предшкольная группа",
    }
}

fn phone(rng: &mut ChaCha8Rng, country: &str) -> String {
    if country == "KZ" {
        format!(
            "+7 7{}{} {:03} {:02} {:02}",
            [0, 0, 0, 4, 7][rng.random_range(0..5)],
            rng.random_range(0..=8),
            rng.random_range(0..1000),
            rng.random_range(0..100),
            rng.random_range(0..100)
        )
    } else {
        format!(
            "+996 {} {:03} {:03}",
            [555, 700, 705, 772, 999, 550][rng.random_range(0..6)],
            rng.random_range(0..1000),
            rng.random_range(0..1000)
        )
    }
}

/// A family: the applicant and what their children share.
#[derive(Clone)]
struct Family {
    applicant_id: i64,
    locality: usize,
    tradition: Tradition,
    surname: &'static str,
    father: &'static str,
    relation: &'static str,
    applicant_name: String,
}

struct Generator<'a> {
    data: &'a DemoData,
    rng: ChaCha8Rng,
    /// Next serial per (country, birth date, sex): personal numbers never repeat.
    serials: HashMap<(&'static str, NaiveDate, Sex), u16>,
    next_applicant: i64,
    last_family: Option<Family>,
    total_weight: u32,
}

/// A status and the steps (action, status after) that led to it.
struct Path {
    status: &'static str,
    steps: &'static [(&'static str, &'static str)],
}

const QUEUE_PATHS: &[Path] = &[
    Path {
        status: "registered",
        steps: &[],
    },
    Path {
        status: "in_queue",
        steps: &[("queued", "in_queue")],
    },
    Path {
        status: "notified",
        steps: &[("queued", "in_queue"), ("notified", "notified")],
    },
    Path {
        status: "directed",
        steps: &[
            ("queued", "in_queue"),
            ("notified", "notified"),
            ("directed", "directed"),
        ],
    },
    Path {
        status: "enrolled",
        steps: &[
            ("queued", "in_queue"),
            ("notified", "notified"),
            ("directed", "directed"),
            ("enrolled", "enrolled"),
        ],
    },
    Path {
        status: "withdrawn",
        steps: &[("queued", "in_queue"), ("withdrawn", "withdrawn")],
    },
    Path {
        status: "removed",
        steps: &[("queued", "in_queue"), ("removed", "removed")],
    },
    Path {
        status: "archived",
        steps: &[
            ("queued", "in_queue"),
            ("notified", "notified"),
            ("directed", "directed"),
            ("enrolled", "enrolled"),
            ("archived", "archived"),
        ],
    },
];

const VOUCHER_PATHS: &[Path] = &[
    Path {
        status: "under_review",
        steps: &[("review_started", "under_review")],
    },
    Path {
        status: "voucher_issued",
        steps: &[
            ("review_started", "under_review"),
            ("voucher_issued", "voucher_issued"),
        ],
    },
    Path {
        status: "rejected",
        steps: &[("review_started", "under_review"), ("rejected", "rejected")],
    },
    Path {
        status: "enrolled",
        steps: &[
            ("review_started", "under_review"),
            ("voucher_issued", "voucher_issued"),
            ("enrolled", "enrolled"),
        ],
    },
];

/// Shares (per mille) of QUEUE_PATHS by the child's age: babies wait, older children attend.
fn queue_shares(age_years: f64) -> [u32; 8] {
    if age_years < 1.5 {
        [30, 930, 0, 0, 0, 40, 0, 0]
    } else if age_years < 3.0 {
        [10, 740, 60, 40, 80, 40, 30, 0]
    } else {
        [5, 395, 50, 50, 400, 50, 30, 20]
    }
}
const VOUCHER_SHARES: [u32; 4] = [250, 500, 100, 150];

fn pick_weighted(rng: &mut ChaCha8Rng, shares: &[u32]) -> usize {
    let total: u32 = shares.iter().sum();
    let mut x = rng.random_range(0..total);
    for (i, &s) in shares.iter().enumerate() {
        if x < s {
            return i;
        }
        x -= s;
    }
    shares.len() - 1
}

impl Generator<'_> {
    fn pick_locality(&mut self) -> usize {
        let mut x = self.rng.random_range(0..self.total_weight);
        for (i, l) in self.data.localities.iter().enumerate() {
            if x < l.weight {
                return i;
            }
            x -= l.weight;
        }
        0
    }

    fn personal_number(&mut self, country: &'static str, birth: NaiveDate, sex: Sex) -> String {
        let serial = self.serials.entry((country, birth, sex)).or_insert(0);
        if country == "KG" {
            *serial += 1;
            let last = self.rng.random_range(0..10);
            return Pin::compose(birth, sex, *serial, last).as_str().to_string();
        }
        loop {
            *serial += 1;
            if let Some(iin) = Iin::compose(birth, sex, *serial) {
                return iin.as_str().to_string();
            }
        }
    }

    fn new_family(&mut self, child_birth: NaiveDate) -> (Family, Applicant) {
        let locality = self.pick_locality();
        let country = self.data.localities[locality].country;
        let tradition = match (country, self.rng.random_range(0..100)) {
            ("KZ", 0..65) | ("KG", 0..8) => Tradition::Kazakh,
            ("KZ", 65..72) | ("KG", 8..78) => Tradition::Kyrgyz,
            _ => Tradition::Russian,
        };
        let names = tradition.names();
        let surname = *names.surnames.choose(&mut self.rng).unwrap();
        let father = *names.men.choose(&mut self.rng).unwrap();
        let relation = ["mother", "mother", "mother", "father", "father", "guardian"]
            [pick_weighted(&mut self.rng, &[22, 22, 21, 15, 15, 5])];
        let sex = if relation == "father" || (relation == "guardian" && self.rng.random_bool(0.3)) {
            Sex::Male
        } else {
            Sex::Female
        };
        let given = if sex == Sex::Male {
            if relation == "father" {
                father
            } else {
                *names.men.choose(&mut self.rng).unwrap()
            }
        } else {
            *names.women.choose(&mut self.rng).unwrap()
        };
        let grandfather = *names.men.choose(&mut self.rng).unwrap();
        let age_at_birth = self.rng.random_range(19..=42);
        let birth =
            child_birth - Duration::days(age_at_birth * 365 + self.rng.random_range(0..365));
        let id = self.next_applicant;
        self.next_applicant += 1;
        let surname_text = surname_for(surname, sex);
        let patronymic_text = patronymic(tradition, grandfather, sex);
        let info = &self.data.localities[locality];
        let streets = if country == "KZ" {
            KZ_STREETS
        } else {
            KG_STREETS
        };
        let street = *streets.choose(&mut self.rng).unwrap();
        let address = if self.rng.random_bool(0.6) {
            format!(
                "{}, {street}, д. {}, кв. {}",
                info.settlement,
                self.rng.random_range(1..=120),
                self.rng.random_range(1..=200)
            )
        } else {
            format!(
                "{}, {street}, д. {}",
                info.settlement,
                self.rng.random_range(1..=300)
            )
        };
        let email = self.rng.random_bool(0.7).then(|| {
            format!(
                "{}.{}{}@{}",
                latin(given),
                latin(&surname_text),
                self.rng.random_range(1..100),
                ["mail.kz", "gmail.com", "mail.ru", "inbox.kg"][self.rng.random_range(0..4)]
            )
        });
        let applicant = Applicant {
            person: Person {
                id,
                personal_number: self.personal_number(country, birth, sex),
                surname: surname_text.clone(),
                given_name: given.to_string(),
                patronymic: Some(patronymic_text.clone()),
                birth_date: birth,
            },
            phone: phone(&mut self.rng, country),
            email,
            address,
        };
        let family = Family {
            applicant_id: id,
            locality,
            tradition,
            surname,
            father,
            relation,
            applicant_name: format!("{surname_text} {given} {patronymic_text}"),
        };
        (family, applicant)
    }

    /// The applicant's yearly interest confirmations (seed 004: every 12 months, a little
    /// before the year is out) while the child waits, from `since` until `until`.
    fn confirmations(
        &mut self,
        history: &mut Vec<Event>,
        applicant: &str,
        since: NaiveDateTime,
        until: NaiveDateTime,
    ) {
        let mut confirm = since + Duration::days(365 - self.rng.random_range(1..30));
        while confirm < until {
            history.push(Event {
                action: "interest_confirmed",
                at: confirm,
                user_name: applicant.to_string(),
                device_id: "portal".into(),
                changes: vec![],
            });
            confirm += Duration::days(365 - self.rng.random_range(1..30));
        }
    }

    fn record(&mut self, id: i64) -> ApplicationRecord {
        let today = self.data.today;
        let child_birth = today - Duration::days(self.rng.random_range(60..(6 * 365 + 120)));
        let sibling = self
            .last_family
            .clone()
            .filter(|_| self.rng.random_bool(0.07));
        let (family, new_applicant) = match sibling {
            Some(f) => (f, None),
            None => {
                let (f, a) = self.new_family(child_birth);
                (f, Some(a))
            }
        };
        self.last_family = Some(family.clone());
        let locality = &self.data.localities[family.locality];
        let country = locality.country;
        let names = family.tradition.names();
        let sex = if self.rng.random_bool(0.51) {
            Sex::Male
        } else {
            Sex::Female
        };
        let given = *if sex == Sex::Male {
            names.boys
        } else {
            names.girls
        }
        .choose(&mut self.rng)
        .unwrap();
        let child = Child {
            person: Person {
                id,
                personal_number: self.personal_number(country, child_birth, sex),
                surname: surname_for(family.surname, sex),
                given_name: given.to_string(),
                patronymic: Some(patronymic(family.tradition, family.father, sex)),
                birth_date: child_birth,
            },
            sex: if sex == Sex::Male { "male" } else { "female" },
        };

        let age_years = (today - child_birth).num_days() as f64 / 365.25;
        let voucher_share = if country == "KG" { 0.6 } else { 0.08 };
        let kind = if age_years >= 2.5 && self.rng.random_bool(voucher_share) {
            "voucher"
        } else {
            "queue"
        };
        let language = match (family.tradition, self.rng.random_range(0..10)) {
            (Tradition::Kazakh, 0..8) => "kk",
            (Tradition::Kyrgyz, 0..7) => "ky",
            _ => "ru",
        };
        let benefit_index = pick_weighted(&mut self.rng, &BENEFITS.map(|b| b.3));
        let (benefit_category_id, benefit_code, _, _) = BENEFITS[benefit_index];
        let benefit_verified = benefit_code != "none" && self.rng.random_bool(0.8);
        let channel = if self.rng.random_bool(0.55) {
            "portal"
        } else {
            "office"
        };

        // Registration: queue applications from birth on, vouchers within the last year.
        let earliest = if kind == "voucher" {
            (child_birth + Duration::days(2 * 365)).max(today - Duration::days(365))
        } else {
            child_birth + Duration::days(20)
        };
        let span = (today - earliest).num_days().max(1);
        let mut day = earliest + Duration::days(self.rng.random_range(0..span));
        let time = if channel == "office" {
            while matches!(day.weekday(), Weekday::Sat | Weekday::Sun) {
                day -= Duration::days(1);
            }
            NaiveTime::from_hms_opt(
                self.rng.random_range(9..18),
                self.rng.random_range(0..60),
                self.rng.random_range(0..60),
            )
        } else {
            NaiveTime::from_hms_opt(
                self.rng.random_range(0..24),
                self.rng.random_range(0..60),
                self.rng.random_range(0..60),
            )
        }
        .unwrap();
        let registered_at = day.and_time(time);

        let path = if kind == "voucher" {
            &VOUCHER_PATHS[pick_weighted(&mut self.rng, &VOUCHER_SHARES)]
        } else {
            &QUEUE_PATHS[pick_weighted(&mut self.rng, &queue_shares(age_years))]
        };

        let operators = if country == "KZ" {
            KZ_OPERATORS
        } else {
            KG_OPERATORS
        };
        let operator = operators.choose(&mut self.rng).unwrap().to_string();
        let (author, device) = if channel == "portal" {
            (family.applicant_name.clone(), "portal".to_string())
        } else {
            (operator.clone(), locality.office_device.clone())
        };
        let mut history = vec![Event {
            action: "registered",
            at: registered_at,
            user_name: author.clone(),
            device_id: device.clone(),
            changes: vec![change("status", None, Some("registered"))],
        }];
        let mut documents = vec![Document {
            kind: "birth_certificate",
            section: "attachment",
            created_at: registered_at,
        }];
        if benefit_code != "none" {
            documents.push(Document {
                kind: "benefit_proof",
                section: "attachment",
                created_at: registered_at,
            });
        }

        // Spread the later steps between registration and yesterday.
        let end = (today - Duration::days(1)).and_hms_opt(17, 0, 0).unwrap();
        let available = (end - registered_at)
            .num_minutes()
            .max(len_minutes(path.steps.len()));
        let mut cursor = registered_at;
        let mut status = "registered";
        let mut in_queue_since = None;
        let mut kindergarten: Option<String> = None;
        for (i, (action, after)) in path.steps.iter().enumerate() {
            let at = if *action == "queued" || *action == "review_started" {
                cursor + Duration::minutes(self.rng.random_range(1..30))
            } else {
                let remaining = path.steps.len() - i;
                let room = (end - cursor).num_minutes() / remaining as i64;
                cursor + Duration::minutes(self.rng.random_range(1..room.max(2)))
            };
            if *action == "queued" {
                in_queue_since = Some(at);
                documents.extend(
                    [
                        "registration_notice",
                        "acceptance_notice",
                        "book_registration",
                    ]
                    .map(|kind| Document {
                        kind,
                        section: "general",
                        created_at: at,
                    }),
                );
                if benefit_verified {
                    let verified_at = at + Duration::days(self.rng.random_range(1..10));
                    if verified_at < end {
                        history.push(Event {
                            action: "benefit_verified",
                            at: verified_at,
                            user_name: operator.clone(),
                            device_id: locality.office_device.clone(),
                            changes: vec![change("benefit_verified", Some("false"), Some("true"))],
                        });
                    }
                }
            }
            let (user, dev, mut changes) = match *action {
                "queued" | "notified" | "removed" => {
                    (SYSTEM.to_string(), "server".to_string(), vec![])
                }
                "withdrawn" => (author.clone(), device.clone(), vec![]),
                _ => (operator.clone(), locality.office_device.clone(), vec![]),
            };
            if *action == "directed" {
                let kg = locality
                    .kindergartens
                    .choose(&mut self.rng)
                    .map(|k| k.1.clone());
                changes.push(change("kindergarten", None, kg.as_deref()));
                kindergarten = kg;
                documents.push(Document {
                    kind: "child_card",
                    section: "general",
                    created_at: at,
                });
                documents.push(Document {
                    kind: "direction",
                    section: "general",
                    created_at: at,
                });
            }
            changes.insert(0, change("status", Some(status), Some(after)));
            // Yearly interest confirmations while the child waits (seed 004: every 12 months).
            if status == "in_queue" {
                self.confirmations(&mut history, &family.applicant_name, cursor, at);
            }
            history.push(Event {
                action,
                at,
                user_name: user,
                device_id: dev,
                changes,
            });
            status = after;
            cursor = at;
        }
        if status == "in_queue" {
            self.confirmations(&mut history, &family.applicant_name, cursor, end);
        }
        if self.rng.random_bool(0.05) {
            let at = cursor + Duration::minutes(self.rng.random_range(1..available.max(2)));
            if at < end {
                history.push(Event {
                    action: "contacts_changed",
                    at,
                    user_name: author.clone(),
                    device_id: device.clone(),
                    changes: vec![change(
                        "phone",
                        Some("+7 700 000 00 00"),
                        Some(&phone(&mut self.rng, country)),
                    )],
                });
            }
        }
        let _ = kindergarten;
        history.sort_by_key(|e| e.at);
        let updated_at = history.last().map(|e| e.at).unwrap_or(registered_at);
        let extra = self.rng.random_bool(0.1);
        let prefix = match (country, kind) {
            ("KZ", "queue") => "УО",
            ("KZ", _) => "ВЧ",
            (_, "queue") => "ОО",
            _ => "БЛ",
        };
        ApplicationRecord {
            id,
            number: format!("{prefix}.{}.{id:06}.1", registered_at.year()),
            kind,
            child,
            applicant_id: family.applicant_id,
            new_applicant,
            relation: family.relation,
            benefit_category_id,
            benefit_verified,
            locality_id: locality.id,
            language,
            status: path.status,
            channel,
            registered_at,
            in_queue_since,
            updated_at,
            extra_email: extra.then(|| format!("reserve{id}@mail.kz")),
            extra_phone: extra.then(|| phone(&mut self.rng, country)),
            documents,
            history,
        }
    }
}

fn len_minutes(steps: usize) -> i64 {
    steps as i64 * 2 + 2
}

fn change(field: &str, before: Option<&str>, after: Option<&str>) -> FieldChange {
    FieldChange {
        field: field.into(),
        before: before.map(Into::into),
        after: after.map(Into::into),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    /// A fingerprint of a data set: numbers, personal numbers, statuses, history lengths.
    fn fingerprint(seed: u64) -> Vec<(String, String, &'static str, usize)> {
        DemoData::new(seed, 300, today())
            .applications()
            .map(|r| {
                (
                    r.number,
                    r.child.person.personal_number,
                    r.status,
                    r.history.len(),
                )
            })
            .collect()
    }

    #[test]
    fn same_seed_gives_the_same_data() {
        assert_eq!(fingerprint(7), fingerprint(7));
        assert_ne!(fingerprint(7), fingerprint(8));
    }

    #[test]
    fn personal_numbers_are_valid_unique_and_agree_with_the_child() {
        let data = DemoData::new(1, 5000, today());
        let mut seen = std::collections::HashSet::new();
        let (mut iins, mut pins) = (0, 0);
        for r in data.applications() {
            let p = &r.child.person;
            assert!(
                seen.insert(p.personal_number.clone()),
                "duplicate {}",
                p.personal_number
            );
            let (birth, sex) = if p.personal_number.len() == 12 {
                iins += 1;
                let n = Iin::parse(&p.personal_number).expect("valid IIN");
                (n.birth_date(), n.sex())
            } else {
                pins += 1;
                let n = Pin::parse(&p.personal_number).expect("valid PIN");
                (n.birth_date(), n.sex())
            };
            assert_eq!(birth, p.birth_date, "{}", p.personal_number);
            let sex_code = if sex == Sex::Male { "male" } else { "female" };
            assert_eq!(sex_code, r.child.sex, "{}", p.personal_number);
            if let Some(a) = &r.new_applicant {
                assert!(seen.insert(a.person.personal_number.clone()));
            }
        }
        assert!(
            iins > 1000 && pins > 1000,
            "both countries appear: {iins} IINs, {pins} PINs"
        );
    }

    #[test]
    fn statuses_are_spread_and_histories_lead_to_them() {
        let data = DemoData::new(3, 4000, today());
        let mut by_status: HashMap<&str, usize> = HashMap::new();
        for r in data.applications() {
            *by_status.entry(r.status).or_default() += 1;
            assert!(
                r.history.windows(2).all(|w| w[0].at <= w[1].at),
                "history in order"
            );
            let last_status = r
                .history
                .iter()
                .rev()
                .find_map(|e| e.changes.iter().find(|c| c.field == "status"))
                .and_then(|c| c.after.clone());
            assert_eq!(last_status.as_deref(), Some(r.status), "{}", r.number);
            assert!(r.updated_at < today().and_hms_opt(0, 0, 0).unwrap());
        }
        let in_queue = by_status["in_queue"];
        assert!(in_queue > 1000, "most wait in the queue: {by_status:?}");
        for s in [
            "enrolled",
            "withdrawn",
            "voucher_issued",
            "notified",
            "directed",
        ] {
            assert!(
                by_status.get(s).copied().unwrap_or(0) > 20,
                "{s} appears: {by_status:?}"
            );
        }
    }
}
