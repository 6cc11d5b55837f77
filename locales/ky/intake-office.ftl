# Office intake of voucher applications (seed 001's form, typed in at the office on a parent's
# behalf): the form, its field errors, the intakes and the server's answers. ru is the reference.

nav-intake = Арызды кабыл алуу

office-intake-title = Ваучерге арызды кабыл алуу
office-intake-intro = Ата-эненин (мыйзамдуу өкүлдүн) мектепке чейинки билим берүүнү ваучердик каржылоого арызы, кеңседе документтер боюнча толтурулат. Ал бул компьютерде сакталып, шайкештирүүдө серверге жөнөтүлөт; арызга номерди сервер берет.
office-intake-choose = — тандаңыз —

office-intake-section-child = Бала тууралуу маалымат
office-intake-section-parent = Ата-эне / мыйзамдуу өкүл тууралуу маалымат
office-intake-section-address = Иш жүзүндө жашаган дареги
office-intake-section-contacts = Байланыш маалыматтары
office-intake-section-application = Арыз

office-intake-child-pin = Баланын ПИНи / ИИН
office-intake-birth-date = Туулган күнү
office-intake-pin-hint = ПИН — 14 сан (Кыргызстан), ИИН — 12 сан (Казакстан); туулган күнү номер боюнча автоматтык түрдө толтурулат.
office-intake-surname = Фамилиясы
office-intake-given-name = Аты
office-intake-patronymic = Атасынын аты (болсо)
office-intake-relation = Балага ким болот
office-intake-relation-father = Атасы
office-intake-relation-mother = Энеси
office-intake-relation-guardian = Мыйзамдуу өкүлү
office-intake-parent-pin = ПИН / ИИН
office-intake-passport-series = Паспорттун сериясы
office-intake-passport-number = Паспорттун номери
office-intake-passport-issued-by = Ким берген
office-intake-passport-issued-on = Берилген күнү
office-intake-region = Облус
office-intake-district = Район
office-intake-street = Көчө
office-intake-street-hint = Көчө Дарек-маалымат бюросунун тизмесинен тандалат. Керектүү көчө жок болсо, анын аталышын КТБдан (Калкты тейлөө борборунан) же Дарек-маалымат бюросунан тактаңыз: тизмеде жок көчө менен арызды жөнөтүүгө болбойт.
office-intake-no-streets = Бул компьютерде бул район үчүн Дарек-маалымат бюросунун көчөлөр тизмеси жок. Шайкештирүүнү аткарыңыз: тизмедеги көчөсүз арызды жөнөтүүгө болбойт.
office-intake-house = Үй
office-intake-flat = Батир
office-intake-phone = Телефон
office-intake-email = Электрондук почта
office-intake-email-hint = Кеңседе кабыл алууда милдеттүү эмес; көрсөтүлсө, комиссиянын чечими ошого жөнөтүлөт.
office-intake-benefit = Ваучер алуучунун категориясы
office-intake-language = Арыздын тили
office-intake-consent = Ата-эне (мыйзамдуу өкүл) колдонуучу келишиминин шарттары жана жеке маалыматтарды иштетүү менен таанышып, макул болду
office-intake-submit = Арызды кабыл алуу

office-intake-errors =
    { $count ->
        [one] { $count } талааны текшериңиз:
       *[other] { $count } талааны текшериңиз:
    }
office-intake-error-required = Милдеттүү талаа.
office-intake-error-format = Туура эмес формат.
office-intake-error-too_long = Маани өтө узун.
office-intake-error-invalid_characters = Тамгалар, боштук, дефис жана апостроф гана болушу мүмкүн.
office-intake-error-unknown = Мындай маани маалымдамада жок.
office-intake-error-length = ПИН — 14 сан, ИИН — 12 сан.
office-intake-error-not_a_digit = Сандар гана болушу мүмкүн.
office-intake-error-century_digit = ИИНдин жетинчи саны (кылым жана жыныс) 1ден 6га чейин болушу керек.
office-intake-error-sex_digit = ПИН 1 (аял жынысы) же 2 (эркек жынысы) менен башталат.
office-intake-error-birth_date = Номердеги туулган күн жок күн.
office-intake-error-check_digit = ИИНдин текшерүү саны дал келбейт.
office-intake-error-birth_date_in_future = Номер боюнча туулган күн али келе элек.
office-intake-error-same_as_child = Ата-эненин номери баланын номери менен бирдей.
office-intake-error-in_future = Бул күн али келе элек.
office-intake-error-before_birth = Паспорт туулган күндөн мурун берилиши мүмкүн эмес.
office-intake-error-wrong_country = Башка өлкөнүн номери: Кыргызстанда — ПИН (14 сан), Казакстанда — ИИН (12 сан).
office-intake-error-other = Туура эмес маани ({ $reason }).
office-intake-error-address-street-unknown = Мындай көчө бул райондун Дарек-маалымат бюросунун тизмесинде жок.
office-intake-error-address-district_id-unknown = Мындай район бул компьютердин маалымдамасында жок.
office-intake-error-benefit_code-unknown = Мындай категория маалымдамада жок.
office-intake-error-phone-format = Телефон: 9дан 15ке чейин сан; +, боштук, дефис жана кашаалар болушу мүмкүн.
office-intake-error-email-format = Бул электрондук почтанын дарегине окшобойт.
office-intake-error-parent-passport-series-format = Паспорттун сериясы: тамгалар жана сандар гана.
office-intake-error-parent-passport-number-format = Паспорттун номери: 5тен 12ге чейин сан.
office-intake-error-parent-passport-issued_on-format = Берилген күнүн көрсөтүңүз.

office-intake-field-email = Электрондук почта
office-intake-field-language = Арыздын тили
office-intake-field-child-personal_number = Баланын ПИНи / ИИН
office-intake-field-child-surname = Баланын фамилиясы
office-intake-field-child-given_name = Баланын аты
office-intake-field-child-patronymic = Баланын атасынын аты
office-intake-field-parent-relation = Балага ким болот
office-intake-field-parent-personal_number = Ата-эненин ПИНи / ИИН
office-intake-field-parent-surname = Ата-эненин фамилиясы
office-intake-field-parent-given_name = Ата-эненин аты
office-intake-field-parent-patronymic = Ата-эненин атасынын аты
office-intake-field-parent-passport-series = Паспорттун сериясы
office-intake-field-parent-passport-number = Паспорттун номери
office-intake-field-parent-passport-issued_by = Паспортту ким берген
office-intake-field-parent-passport-issued_on = Паспорттун берилген күнү
office-intake-field-address-district_id = Район
office-intake-field-address-street = Көчө
office-intake-field-address-house = Үй
office-intake-field-address-flat = Батир
office-intake-field-phone = Телефон
office-intake-field-benefit_code = Алуучунун категориясы
office-intake-field-consent = Ата-эненин макулдугу

office-intake-duplicate = Баланын № { $number } ачык ваучер арызы бар; экинчи арыз кабыл алынбайт.
office-intake-duplicate-waiting = Бул балага арыз бул компьютерде кабыл алынган жана шайкештирүүнү күтүүдө.
office-intake-open-card = Карточканы ачуу
office-intake-queued = { $child } балага арыз кабыл алынды жана шайкештирүүдө серверге жөнөтүлөт.

office-intake-list-title = Кабыл алынган арыздар
office-intake-none = Бул компьютерде азырынча арыз кабыл алына элек.
office-intake-col-made = Кабыл алынды
office-intake-col-child = Бала
office-intake-col-state = Абалы
office-intake-state-pending = Шайкештирүүнү күтүүдө
office-intake-state-accepted = Сервер кабыл алды, номер күтүлүүдө
office-intake-state-registered = № { $number } катталды
office-intake-state-refused = Четке кагылды: { $reason }
office-intake-status-pending = шайкештирүүнү күтүүдө
office-intake-status-registered = катталды
office-intake-status-refused = четке кагылды

sync-rejected-what-application-register = Ваучерге арызды кабыл алуу (бала { $child })
sync-reject-invalid_field = Сервер арыздын талааларын кабыл алган жок.
sync-reject-unknown_street = Көчө бул райондун Дарек-маалымат бюросунун тизмесинде жок.
sync-reject-duplicate_application = Баланын ачык ваучер арызы бар.

history-action-intake_queued = Ваучерге арыз кабыл алынды (шайкештирүүнү күтүүдө)
history-action-intake_registered = Кеңседе кабыл алынган арызды сервер каттады
history-action-intake_refused = Сервер кеңседе кабыл алынган арызды четке какты
history-field-intake = Кеңседе кабыл алуу
history-field-intake_state = Кабыл алуунун абалы
history-field-number = Арыздын номери
history-field-child = Бала
history-field-applicant = Арыз берүүчү
history-field-child_personal_number = Баланын ПИНи / ИИН
history-field-detail = Сервердин түшүндүрмөсү
