//! Name lists of the three naming traditions met in the offices: Kazakh, Kyrgyz, Russian.

use kezek_domain::Sex;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tradition {
    Kazakh,
    Kyrgyz,
    Russian,
}

pub struct NameSet {
    pub boys: &'static [&'static str],
    pub girls: &'static [&'static str],
    /// Given names of adults: fathers (also the source of patronymics) and mothers.
    pub men: &'static [&'static str],
    pub women: &'static [&'static str],
    /// Surnames in the masculine form.
    pub surnames: &'static [&'static str],
}

pub const KAZAKH: NameSet = NameSet {
    boys: &[
        "Алихан",
        "Нұрислам",
        "Айсұлтан",
        "Ерасыл",
        "Әли",
        "Омар",
        "Рамазан",
        "Нұрасыл",
        "Ахмет",
        "Мирас",
        "Әлихан",
        "Имран",
        "Санжар",
        "Темірлан",
        "Ислам",
        "Мұхаммед",
        "Абылай",
    ],
    girls: &[
        "Айару",
        "Аружан",
        "Іңкәр",
        "Әмина",
        "Томирис",
        "Медина",
        "Айлин",
        "Жасмин",
        "Айзере",
        "Нұрай",
        "Дильназ",
        "Жансая",
        "Ақбота",
        "Гүлназ",
        "Әсел",
        "Айсұлу",
        "Балжан",
        "Мөлдір",
    ],
    men: &[
        "Нұрлан",
        "Серік",
        "Ерлан",
        "Қайрат",
        "Бауыржан",
        "Данияр",
        "Асқар",
        "Ержан",
        "Арман",
        "Мұрат",
        "Талғат",
        "Ғалым",
        "Бекзат",
        "Жандос",
        "Нұржан",
        "Дәурен",
    ],
    women: &[
        "Айгүл",
        "Гүлнар",
        "Жанар",
        "Сәуле",
        "Динара",
        "Ақмарал",
        "Назерке",
        "Гүлмира",
        "Айнұр",
        "Мәдина",
        "Әйгерім",
        "Жұлдыз",
        "Самал",
        "Ләззат",
    ],
    surnames: &[
        "Нұрланов",
        "Серікбаев",
        "Жұмабеков",
        "Әбілқайыров",
        "Тоқтаров",
        "Оспанов",
        "Сәрсенбаев",
        "Қайратов",
        "Ермеков",
        "Бекмұханов",
        "Есенов",
        "Мұратов",
        "Әлиев",
        "Байжанов",
        "Құрманов",
        "Төлегенов",
        "Ахметов",
        "Исабеков",
        "Жақсылықов",
        "Ғабдуллин",
        "Смағұлов",
        "Үсенов",
    ],
};

pub const KYRGYZ: NameSet = NameSet {
    boys: &[
        "Нурсултан",
        "Айбек",
        "Бектур",
        "Нурбек",
        "Эмир",
        "Алинур",
        "Тилек",
        "Азамат",
        "Адилет",
        "Бекзат",
        "Мухаммед",
        "Актан",
        "Нурислам",
        "Чыңгыз",
        "Өмүр",
        "Эрлан",
    ],
    girls: &[
        "Айсулуу",
        "Айпери",
        "Нурайым",
        "Бегимай",
        "Айзада",
        "Мээрим",
        "Жибек",
        "Үмүт",
        "Нурзат",
        "Сезим",
        "Асел",
        "Төлгөнай",
        "Айдана",
        "Күнзаада",
        "Аруужан",
        "Элнура",
    ],
    men: &[
        "Бакыт",
        "Нурлан",
        "Алмазбек",
        "Улан",
        "Таалай",
        "Эркин",
        "Мирлан",
        "Чыңгыз",
        "Талант",
        "Азамат",
        "Канат",
        "Жыргалбек",
        "Үсөн",
        "Төлөн",
    ],
    women: &[
        "Гүлзат",
        "Айгүл",
        "Назгүл",
        "Жылдыз",
        "Бактыгүл",
        "Чолпон",
        "Динара",
        "Гүлмира",
        "Айнура",
        "Мөлмөл",
        "Асель",
        "Бермет",
    ],
    surnames: &[
        "Асанов",
        "Абдыкадыров",
        "Токтогулов",
        "Осмоналиев",
        "Жээнбеков",
        "Бекмаматов",
        "Сыдыков",
        "Мамбетов",
        "Үсөнов",
        "Төрөкулов",
        "Өмүрзаков",
        "Кудайбергенов",
        "Табалдиев",
        "Ниязов",
        "Сатыбалдиев",
        "Жумабаев",
        "Мамытов",
        "Шабданов",
    ],
};

pub const RUSSIAN: NameSet = NameSet {
    boys: &[
        "Александр",
        "Максим",
        "Артём",
        "Михаил",
        "Иван",
        "Даниил",
        "Матвей",
        "Фёдор",
        "Лев",
        "Тимофей",
        "Егор",
        "Кирилл",
        "Марк",
        "Илья",
    ],
    girls: &[
        "София",
        "Анна",
        "Мария",
        "Ева",
        "Алиса",
        "Виктория",
        "Полина",
        "Варвара",
        "Алёна",
        "Дарья",
        "Ксения",
        "Вероника",
        "Милана",
    ],
    men: &[
        "Александр",
        "Сергей",
        "Дмитрий",
        "Андрей",
        "Евгений",
        "Олег",
        "Виктор",
        "Игорь",
        "Алексей",
        "Николай",
    ],
    women: &[
        "Елена",
        "Ольга",
        "Наталья",
        "Татьяна",
        "Ирина",
        "Светлана",
        "Юлия",
        "Екатерина",
        "Анастасия",
        "Людмила",
    ],
    surnames: &[
        "Иванов",
        "Смирнов",
        "Кузнецов",
        "Попов",
        "Ковалёв",
        "Фёдоров",
        "Морозов",
        "Волков",
        "Лебедев",
        "Новиков",
        "Соколов",
        "Ким",
        "Пак",
        "Шевченко",
        "Бондаренко",
        "Зайцев",
    ],
};

impl Tradition {
    pub fn names(self) -> &'static NameSet {
        match self {
            Self::Kazakh => &KAZAKH,
            Self::Kyrgyz => &KYRGYZ,
            Self::Russian => &RUSSIAN,
        }
    }
}

/// The surname in the holder's grammatical gender.
pub fn surname_for(masculine: &str, sex: Sex) -> String {
    if sex == Sex::Male {
        return masculine.to_string();
    }
    for ending in ["ов", "ев", "ёв", "ин"] {
        if masculine.ends_with(ending) {
            return format!("{masculine}а");
        }
    }
    masculine.to_string()
}

/// The patronymic in the tradition's form: Kazakh "-ұлы/-қызы", Kyrgyz "уулу/кызы" as a
/// separate word, Russian "-ович/-овна".
pub fn patronymic(tradition: Tradition, father: &str, sex: Sex) -> String {
    match tradition {
        Tradition::Kazakh => {
            format!(
                "{father}{}",
                if sex == Sex::Male {
                    "ұлы"
                } else {
                    "қызы"
                }
            )
        }
        Tradition::Kyrgyz => {
            format!(
                "{father} {}",
                if sex == Sex::Male {
                    "уулу"
                } else {
                    "кызы"
                }
            )
        }
        Tradition::Russian => russian_patronymic(father, sex),
    }
}

fn russian_patronymic(father: &str, sex: Sex) -> String {
    let male = sex == Sex::Male;
    if let Some(stem) = father.strip_suffix("ий") {
        return format!("{stem}{}", if male { "иевич" } else { "иевна" });
    }
    if let Some(stem) = father.strip_suffix('ь') {
        return format!("{stem}{}", if male { "евич" } else { "евна" });
    }
    if let Some(stem) = father.strip_suffix('й') {
        return format!("{stem}{}", if male { "евич" } else { "евна" });
    }
    format!("{father}{}", if male { "ович" } else { "овна" })
}

/// A rough Latin transliteration, for demo e-mail addresses only.
pub fn latin(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'а' | 'ә' => "a",
            'б' => "b",
            'в' => "v",
            'г' | 'ғ' => "g",
            'д' => "d",
            'е' | 'ё' | 'э' => "e",
            'ж' => "zh",
            'з' => "z",
            'и' | 'й' | 'і' | 'ы' => "i",
            'к' | 'қ' => "k",
            'л' => "l",
            'м' => "m",
            'н' | 'ң' => "n",
            'о' | 'ө' => "o",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'у' | 'ұ' | 'ү' => "u",
            'ф' => "f",
            'х' | 'һ' => "h",
            'ц' => "ts",
            'ч' => "ch",
            'ш' | 'щ' => "sh",
            'ю' => "yu",
            'я' => "ya",
            _ => "",
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surnames_and_patronymics_agree_with_sex() {
        assert_eq!(surname_for("Нұрланов", Sex::Female), "Нұрланова");
        assert_eq!(surname_for("Ғабдуллин", Sex::Female), "Ғабдуллина");
        assert_eq!(surname_for("Ким", Sex::Female), "Ким");
        assert_eq!(
            patronymic(Tradition::Kazakh, "Серік", Sex::Female),
            "Серікқызы"
        );
        assert_eq!(
            patronymic(Tradition::Kyrgyz, "Бакыт", Sex::Male),
            "Бакыт уулу"
        );
        assert_eq!(
            patronymic(Tradition::Russian, "Сергей", Sex::Male),
            "Сергеевич"
        );
        assert_eq!(
            patronymic(Tradition::Russian, "Дмитрий", Sex::Female),
            "Дмитриевна"
        );
        assert_eq!(
            patronymic(Tradition::Russian, "Игорь", Sex::Male),
            "Игоревич"
        );
    }
}
