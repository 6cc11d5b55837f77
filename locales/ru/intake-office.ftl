# Office intake of voucher applications (seed 001's form, typed in at the office on a parent's
# behalf): the form, its field errors, the intakes and the server's answers. ru is the reference.

nav-intake = Приём заявления

office-intake-title = Приём заявления на ваучер
office-intake-intro = Заявление родителя (законного представителя) на ваучерное финансирование дошкольного образования, заполняемое в офисе по документам. Оно сохраняется на этом компьютере и уходит на сервер при синхронизации; номер заявлению присваивает сервер.
office-intake-choose = — выберите —

office-intake-section-child = Сведения о ребёнке
office-intake-section-parent = Сведения о родителе / законном представителе
office-intake-section-address = Адрес фактического проживания
office-intake-section-contacts = Контактные данные
office-intake-section-application = Заявление

office-intake-child-pin = ПИН / ИИН ребёнка
office-intake-birth-date = Дата рождения
office-intake-pin-hint = ПИН — 14 цифр (Кыргызстан), ИИН — 12 цифр (Казахстан); дата рождения заполняется по номеру автоматически.
office-intake-surname = Фамилия
office-intake-given-name = Имя
office-intake-patronymic = Отчество (если есть)
office-intake-relation = Кем приходится ребёнку
office-intake-relation-father = Отец
office-intake-relation-mother = Мать
office-intake-relation-guardian = Законный представитель
office-intake-parent-pin = ПИН / ИИН
office-intake-passport-series = Серия паспорта
office-intake-passport-number = Номер паспорта
office-intake-passport-issued-by = Кем выдан
office-intake-passport-issued-on = Дата выдачи
office-intake-region = Область
office-intake-district = Район
office-intake-street = Улица
office-intake-street-hint = Улица выбирается из списка Адресно-справочного бюро. Если нужной улицы нет, уточните её название в ЦОН или Адресно-справочном бюро: с улицей не из списка заявление отправить нельзя.
office-intake-no-streets = Для этого района на компьютере нет списка улиц Адресно-справочного бюро. Выполните синхронизацию: без улицы из списка заявление отправить нельзя.
office-intake-house = Дом
office-intake-flat = Квартира
office-intake-phone = Телефон
office-intake-email = Электронная почта
office-intake-email-hint = При приёме в офисе необязательно; если указана, на неё придёт решение комиссии.
office-intake-benefit = Категория получателя ваучера
office-intake-language = Язык заявления
office-intake-consent = Родитель (законный представитель) ознакомлен и согласен с условиями пользовательского соглашения и обработкой персональных данных
office-intake-submit = Принять заявление

office-intake-errors =
    { $count ->
        [one] Проверьте { $count } поле:
        [few] Проверьте { $count } поля:
       *[many] Проверьте { $count } полей:
    }
office-intake-error-required = Обязательное поле.
office-intake-error-format = Неверный формат.
office-intake-error-too_long = Слишком длинное значение.
office-intake-error-invalid_characters = Допустимы только буквы, пробел, дефис и апостроф.
office-intake-error-unknown = Такого значения нет в справочнике.
office-intake-error-length = ПИН — 14 цифр, ИИН — 12 цифр.
office-intake-error-not_a_digit = Допустимы только цифры.
office-intake-error-century_digit = Седьмая цифра ИИН (век и пол) должна быть от 1 до 6.
office-intake-error-sex_digit = ПИН начинается с 1 (женский пол) или 2 (мужской).
office-intake-error-birth_date = Зашифрованная в номере дата рождения не существует.
office-intake-error-check_digit = Не сходится контрольная цифра ИИН.
office-intake-error-birth_date_in_future = Дата рождения по номеру ещё не наступила.
office-intake-error-same_as_child = Номер родителя совпадает с номером ребёнка.
office-intake-error-in_future = Дата ещё не наступила.
office-intake-error-before_birth = Паспорт не может быть выдан раньше даты рождения.
office-intake-error-wrong_country = Номер другой страны: в Кыргызстане — ПИН (14 цифр), в Казахстане — ИИН (12 цифр).
office-intake-error-other = Неверное значение ({ $reason }).
office-intake-error-address-street-unknown = Такой улицы нет в списке Адресно-справочного бюро для этого района.
office-intake-error-address-district_id-unknown = Такого района нет в справочнике на этом компьютере.
office-intake-error-benefit_code-unknown = Такой категории нет в справочнике.
office-intake-error-phone-format = Телефон: от 9 до 15 цифр; допустимы +, пробел, дефис и скобки.
office-intake-error-email-format = Это не похоже на адрес электронной почты.
office-intake-error-parent-passport-series-format = Серия паспорта: только буквы и цифры.
office-intake-error-parent-passport-number-format = Номер паспорта: от 5 до 12 цифр.
office-intake-error-parent-passport-issued_on-format = Укажите дату выдачи.

office-intake-field-email = Электронная почта
office-intake-field-language = Язык заявления
office-intake-field-child-personal_number = ПИН / ИИН ребёнка
office-intake-field-child-surname = Фамилия ребёнка
office-intake-field-child-given_name = Имя ребёнка
office-intake-field-child-patronymic = Отчество ребёнка
office-intake-field-parent-relation = Кем приходится ребёнку
office-intake-field-parent-personal_number = ПИН / ИИН родителя
office-intake-field-parent-surname = Фамилия родителя
office-intake-field-parent-given_name = Имя родителя
office-intake-field-parent-patronymic = Отчество родителя
office-intake-field-parent-passport-series = Серия паспорта
office-intake-field-parent-passport-number = Номер паспорта
office-intake-field-parent-passport-issued_by = Кем выдан паспорт
office-intake-field-parent-passport-issued_on = Дата выдачи паспорта
office-intake-field-address-district_id = Район
office-intake-field-address-street = Улица
office-intake-field-address-house = Дом
office-intake-field-address-flat = Квартира
office-intake-field-phone = Телефон
office-intake-field-benefit_code = Категория получателя
office-intake-field-consent = Согласие родителя

office-intake-duplicate = У ребёнка уже есть открытое заявление на ваучер № { $number }; второе заявление не принимается.
office-intake-duplicate-waiting = Заявление на этого ребёнка уже принято на этом компьютере и ожидает синхронизации.
office-intake-open-card = Открыть карточку
office-intake-queued = Заявление на ребёнка { $child } принято и будет отправлено на сервер при синхронизации.

office-intake-list-title = Принятые заявления
office-intake-none = На этом компьютере заявления ещё не принимались.
office-intake-col-made = Принято
office-intake-col-child = Ребёнок
office-intake-col-state = Состояние
office-intake-state-pending = Ожидает синхронизации
office-intake-state-accepted = Принято сервером, ожидается номер
office-intake-state-registered = Зарегистрировано № { $number }
office-intake-state-refused = Отклонено: { $reason }
office-intake-status-pending = ожидает синхронизации
office-intake-status-registered = зарегистрировано
office-intake-status-refused = отклонено

sync-rejected-what-application-register = Приём заявления на ваучер (ребёнок { $child })
sync-reject-invalid_field = Сервер не принял поля заявления.
sync-reject-unknown_street = Улицы нет в списке Адресно-справочного бюро для этого района.
sync-reject-duplicate_application = У ребёнка уже есть открытое заявление на ваучер.

history-action-intake_queued = Принято заявление на ваучер (ожидает синхронизации)
history-action-intake_registered = Заявление, принятое в офисе, зарегистрировано сервером
history-action-intake_refused = Сервер отклонил заявление, принятое в офисе
history-field-intake = Приём в офисе
history-field-intake_state = Состояние приёма
history-field-number = Номер заявления
history-field-child = Ребёнок
history-field-applicant = Заявитель
history-field-child_personal_number = ПИН / ИИН ребёнка
history-field-detail = Пояснение сервера
