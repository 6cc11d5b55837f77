# Office intake of voucher applications (seed 001's form, typed in at the office on a parent's
# behalf): the form, its field errors, the intakes and the server's answers. ru is the reference.

nav-intake = Өтінішті қабылдау

office-intake-title = Ваучерге өтінішті қабылдау
office-intake-intro = Ата-ананың (заңды өкілдің) мектепке дейінгі білім беруді ваучерлік қаржыландыруға өтініші, кеңседе құжаттар бойынша толтырылады. Ол осы компьютерде сақталып, синхрондау кезінде серверге жіберіледі; өтінішке нөмірді сервер береді.
office-intake-choose = — таңдаңыз —

office-intake-section-child = Бала туралы мәліметтер
office-intake-section-parent = Ата-ана / заңды өкіл туралы мәліметтер
office-intake-section-address = Нақты тұратын мекенжайы
office-intake-section-contacts = Байланыс деректері
office-intake-section-application = Өтініш

office-intake-child-pin = Баланың ПИН / ЖСН
office-intake-birth-date = Туған күні
office-intake-pin-hint = ПИН — 14 цифр (Қырғызстан), ЖСН — 12 цифр (Қазақстан); туған күні нөмір бойынша автоматты толтырылады.
office-intake-surname = Тегі
office-intake-given-name = Аты
office-intake-patronymic = Әкесінің аты (бар болса)
office-intake-relation = Балаға кім болады
office-intake-relation-father = Әкесі
office-intake-relation-mother = Анасы
office-intake-relation-guardian = Заңды өкілі
office-intake-parent-pin = ПИН / ЖСН
office-intake-passport-series = Төлқұжат сериясы
office-intake-passport-number = Төлқұжат нөмірі
office-intake-passport-issued-by = Кім берген
office-intake-passport-issued-on = Берілген күні
office-intake-region = Облыс
office-intake-district = Аудан
office-intake-street = Көше
office-intake-street-hint = Көше Мекенжай-анықтама бюросының тізімінен таңдалады. Қажетті көше болмаса, оның атауын ХҚКО-дан немесе Мекенжай-анықтама бюросынан нақтылаңыз: тізімде жоқ көшемен өтінішті жіберуге болмайды.
office-intake-no-streets = Бұл компьютерде осы аудан үшін Мекенжай-анықтама бюросының көшелер тізімі жоқ. Синхрондауды орындаңыз: тізімдегі көшесіз өтінішті жіберуге болмайды.
office-intake-house = Үй
office-intake-flat = Пәтер
office-intake-phone = Телефон
office-intake-email = Электрондық пошта
office-intake-email-hint = Кеңседе қабылдағанда міндетті емес; көрсетілсе, комиссия шешімі соған жіберіледі.
office-intake-benefit = Ваучер алушының санаты
office-intake-language = Өтініш тілі
office-intake-consent = Ата-ана (заңды өкіл) пайдаланушы келісімінің шарттарымен және дербес деректерді өңдеумен танысып, келісті
office-intake-submit = Өтінішті қабылдау

office-intake-errors =
    { $count ->
        [one] { $count } өрісті тексеріңіз:
       *[other] { $count } өрісті тексеріңіз:
    }
office-intake-error-required = Міндетті өріс.
office-intake-error-format = Пішімі қате.
office-intake-error-too_long = Мәні тым ұзын.
office-intake-error-invalid_characters = Тек әріптер, бос орын, дефис және апостроф болуы мүмкін.
office-intake-error-unknown = Мұндай мән анықтамалықта жоқ.
office-intake-error-length = ПИН — 14 цифр, ЖСН — 12 цифр.
office-intake-error-not_a_digit = Тек цифрлар болуы мүмкін.
office-intake-error-century_digit = ЖСН-нің жетінші цифры (ғасыр мен жыныс) 1-ден 6-ға дейін болуы керек.
office-intake-error-sex_digit = ПИН 1 (әйел жынысы) немесе 2 (ер жынысы) цифрынан басталады.
office-intake-error-birth_date = Нөмірдегі туған күн жоқ күн.
office-intake-error-check_digit = ЖСН-нің бақылау цифры сәйкес келмейді.
office-intake-error-birth_date_in_future = Нөмір бойынша туған күн әлі келген жоқ.
office-intake-error-same_as_child = Ата-ананың нөмірі баланың нөмірімен бірдей.
office-intake-error-in_future = Бұл күн әлі келген жоқ.
office-intake-error-before_birth = Төлқұжат туған күннен бұрын берілуі мүмкін емес.
office-intake-error-wrong_country = Басқа елдің нөмірі: Қырғызстанда — ПИН (14 цифр), Қазақстанда — ЖСН (12 цифр).
office-intake-error-other = Мәні қате ({ $reason }).
office-intake-error-address-street-unknown = Мұндай көше осы ауданның Мекенжай-анықтама бюросы тізімінде жоқ.
office-intake-error-address-district_id-unknown = Мұндай аудан осы компьютердің анықтамалығында жоқ.
office-intake-error-benefit_code-unknown = Мұндай санат анықтамалықта жоқ.
office-intake-error-phone-format = Телефон: 9-дан 15-ке дейін цифр; +, бос орын, дефис және жақшалар болуы мүмкін.
office-intake-error-email-format = Бұл электрондық пошта мекенжайына ұқсамайды.
office-intake-error-parent-passport-series-format = Төлқұжат сериясы: тек әріптер мен цифрлар.
office-intake-error-parent-passport-number-format = Төлқұжат нөмірі: 5-тен 12-ге дейін цифр.
office-intake-error-parent-passport-issued_on-format = Берілген күнін көрсетіңіз.

office-intake-field-email = Электрондық пошта
office-intake-field-language = Өтініш тілі
office-intake-field-child-personal_number = Баланың ПИН / ЖСН
office-intake-field-child-surname = Баланың тегі
office-intake-field-child-given_name = Баланың аты
office-intake-field-child-patronymic = Баланың әкесінің аты
office-intake-field-parent-relation = Балаға кім болады
office-intake-field-parent-personal_number = Ата-ананың ПИН / ЖСН
office-intake-field-parent-surname = Ата-ананың тегі
office-intake-field-parent-given_name = Ата-ананың аты
office-intake-field-parent-patronymic = Ата-ананың әкесінің аты
office-intake-field-parent-passport-series = Төлқұжат сериясы
office-intake-field-parent-passport-number = Төлқұжат нөмірі
office-intake-field-parent-passport-issued_by = Төлқұжатты кім берген
office-intake-field-parent-passport-issued_on = Төлқұжат берілген күн
office-intake-field-address-district_id = Аудан
office-intake-field-address-street = Көше
office-intake-field-address-house = Үй
office-intake-field-address-flat = Пәтер
office-intake-field-phone = Телефон
office-intake-field-benefit_code = Алушы санаты
office-intake-field-consent = Ата-ананың келісімі

office-intake-duplicate = Баланың № { $number } ашық ваучер өтініші бар; екінші өтініш қабылданбайды.
office-intake-duplicate-waiting = Бұл балаға өтініш осы компьютерде қабылданып қойған және синхрондауды күтуде.
office-intake-open-card = Карточканы ашу
office-intake-queued = { $child } балаға өтініш қабылданды, синхрондау кезінде серверге жіберіледі.

office-intake-list-title = Қабылданған өтініштер
office-intake-none = Бұл компьютерде әлі өтініш қабылданған жоқ.
office-intake-col-made = Қабылданды
office-intake-col-child = Бала
office-intake-col-state = Жағдайы
office-intake-state-pending = Синхрондауды күтуде
office-intake-state-accepted = Сервер қабылдады, нөмір күтілуде
office-intake-state-registered = № { $number } тіркелді
office-intake-state-refused = Қабылданбады: { $reason }
office-intake-status-pending = синхрондауды күтуде
office-intake-status-registered = тіркелді
office-intake-status-refused = қабылданбады

sync-rejected-what-application-register = Ваучерге өтінішті қабылдау (бала { $child })
sync-reject-invalid_field = Сервер өтініш өрістерін қабылдамады.
sync-reject-unknown_street = Көше осы ауданның Мекенжай-анықтама бюросы тізімінде жоқ.
sync-reject-duplicate_application = Баланың ашық ваучер өтініші бар.

history-action-intake_queued = Ваучерге өтініш қабылданды (синхрондауды күтуде)
history-action-intake_registered = Кеңседе қабылданған өтінішті сервер тіркеді
history-action-intake_refused = Сервер кеңседе қабылданған өтінішті қабылдамады
history-field-intake = Кеңседе қабылдау
history-field-intake_state = Қабылдау жағдайы
history-field-number = Өтініш нөмірі
history-field-child = Бала
history-field-applicant = Өтініш беруші
history-field-child_personal_number = Баланың ПИН / ЖСН
history-field-detail = Сервердің түсіндірмесі
