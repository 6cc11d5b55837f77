# The voucher commission (seed 000): the roster, the review of voucher applications, the
# protocols. Benefits, statuses and document kinds are in domain.ftl.

nav-review = Арыздар
nav-commission = Комиссия
nav-protocols = Протоколдор

## Roster

commission-title = Комиссия
commission-intro = Социалдык маселелер боюнча комиссиянын мүчөлөрү. Протоколдо активдүү мүчөлөр гана көрсөтүлөт.
commission-add = + Комиссиянын мүчөсүн кошуу
commission-empty = Комиссиянын тизмесинде азырынча эч ким жок.
commission-col-active = Активдүү
commission-col-name = Аты-жөнү
commission-col-position = Кызматы
commission-col-phone = Телефон
commission-col-email = Email
commission-col-role = Ролу
commission-col-birth-date = Туулган күнү
# $name: the member's full name.
commission-active-label = Комиссиянын активдүү мүчөсү: { $name }
commission-edit = Өзгөртүү
commission-remove = Өчүрүү
# $name: the member's full name.
commission-remove-question = { $name } өчүрүлсүнбү?
commission-remove-confirm = Ооба, өчүрүү
commission-cancel = Жокко чыгаруу
commission-pending = Шайкештештирүүнү күтүүдө
commission-role-chairman = Төрага
commission-role-secretary = Катчы
commission-role-member = Комиссиянын мүчөсү

member-form-add-title = Комиссиянын жаңы мүчөсү
member-form-edit-title = Комиссиянын мүчөсүнүн маалыматтары
member-pin = ПИН / ЖСН
member-pin-hint = 14 орундуу ПИН же 12 орундуу ЖСН; туулган күнү автоматтык түрдө толтурулат.
member-birth-date = Туулган күнү
member-surname = Фамилиясы
member-given-name = Аты
member-patronymic = Атасынын аты
member-position = Кызматы
member-phone = Телефон
member-email = Email
member-role = Комиссиядагы ролу
member-save = Сактоо
member-cancel = Сактабай жабуу

## Applications under review

review-title = Ваучердик каржылоого арыздар
review-total =
    { $count ->
       *[other] { $count } арыз
    }
review-empty = Кароодо арыздар жок.
review-col-number = Арыздын номери
review-col-child = Баланын аты-жөнү
review-col-pin = Баланын ПИНи
review-col-registered = Берилген күнү
review-col-benefit = Жеңилдиктин түрү
review-col-status = Абалы
review-col-protocol = Протокол
review-col-decision = Чечим
review-open = Арызды ачуу

## The review form

# $number: the application's number.
review-form-title = Ваучердик каржылоого арыз № { $number }
review-section-child = 1. Баланын маалыматтары
review-section-parent = 2. Ата-эненин / мыйзамдуу өкүлдүн маалыматтары
review-section-benefit = 3. Жеңилдиктин түрү
review-section-benefit-hint = Жеңилдиктин бир гана түрүн көрсөтүүгө болот.
review-section-members = 4. Комиссия
review-section-members-hint = Жыйынга катышкан жана протоколдо көрсөтүлүүгө тийиш комиссиянын мүчөлөрүн белгилеңиз.
review-member-inactive = активдүү эмес: протоколдо көрсөтүлбөйт
review-no-members = Комиссияда мүчөлөр жок: аларды «Комиссия» барагында кошуңуз.
review-section-documents = 5. Тапшырылган документтер
review-other-document = Башка документ
review-other-document-add = + Кошуу
review-other-document-remove = Алып салуу
review-section-comment = 6. Кошумча комментарийлер
review-protocol-number = Протоколдун номери
review-decision = Комиссиянын чечими
review-decision-approved = Жактыруу
review-decision-rejected = Четке кагуу
review-save = Сактоо жана протоколду түзүү
review-back = Арыздардын тизмесине
# $number: the protocol's number; $state: its state, as a label.
review-read-only = Арыз № { $number } протоколго киргизилген ({ $state }), аны өзгөртүүгө болбойт.
review-read-only-role = Арызды комиссиянын катчысы гана өзгөртө алат.

commission-decision-approved = Жактырылды
commission-decision-rejected = Четке кагылды

## Protocols

protocols-title = Комиссиянын жыйындарынын протоколдору
protocols-empty = Азырынча протоколдор жок.
protocols-col-number = Номери
protocols-col-date = Күнү
protocols-col-applications = Арыздар
protocols-col-state = Абалы

# $number: the protocol's number.
protocol-title = Протокол № { $number }
protocol-draft-title = Протоколдун долбоору № { $number }
protocol-state-returned = Кайра иштеп чыгууга кайтарылды
protocol-number = Протоколдун номери
protocol-date = Жыйындын күнү
protocol-state = Абалы
protocol-sent-at = Кол коюуга жөнөтүлдү
protocol-signed-by = Кол койгон
protocol-signer = ЭКК сертификатынын ээси
protocol-signed-at = Кол коюлган күнү жана убактысы
protocol-applications = Арыздар жана комиссиянын чечимдери
protocol-present = Катышкан комиссиянын мүчөлөрү
protocol-comment = Комментарий
protocol-pending = Шайкештештирүүнү күтүүдө
# $name: who returned it; $reason: as they wrote it.
protocol-returned-reason = Төрага { $name } протоколду кайра иштеп чыгууга кайтарды: { $reason }
protocol-close = Жабуу
protocol-send = Кол коюуга жөнөтүү
protocol-sent-notice = Протокол комиссиянын төрагасына кол коюуга жөнөтүлдү.
protocol-sign = Кол коюу
protocol-signed-notice = Протоколго кол коюлду.
protocol-return = Кайра иштеп чыгууга кайтаруу
protocol-return-reason = Кайтаруунун себеби
protocol-return-submit = Катчыга кайтаруу
protocol-returned-notice = Протокол катчыга кайра иштеп чыгууга кайтарылды.

## Refusals (invalid_input / conflict with args.reason)

commission-error-personal_number = ПИН/ЖСН туура эмес: чыныгы туулган күнү бар 14 орундуу ПИН же 12 орундуу ЖСН керек.
# $member: who has the number already.
commission-error-personal_number_taken = Бул ПИН/ЖСН комиссиянын тизмесинде бар: { $member }.
commission-error-name = Фамилиясын жана атын көрсөтүңүз.
commission-error-position = Кызматын көрсөтүңүз.
commission-error-phone = Телефон номери туура эмес.
commission-error-email = Электрондук почтанын дареги туура эмес.
commission-error-role = Ролду тандаңыз: төрага, катчы же комиссиянын мүчөсү.
commission-error-not_under_review = Арыз мындан ары комиссиянын кароосунда эмес.
commission-error-benefit = Жеңилдиктин бир түрүн көрсөтүңүз.
commission-error-document = Документтин белгисиз түрү.
commission-error-protocol_number = Протоколдун номерин көрсөтүңүз.
commission-error-decision = Чечимди тандаңыз: жактыруу же четке кагуу.
commission-error-no_members_present = Жыйынга катышкан комиссиянын бир да мүчөсү белгиленген эмес.
# $member: the member's name.
commission-error-inactive_member = Комиссиянын мүчөсү { $member } активдүү эмес жана протоколдо көрсөтүлө албайт.
commission-error-not_a_member = { $member } бул комиссиянын мүчөсү эмес.
commission-error-wrong_state = Протоколду азыркы абалында өзгөртүүгө болбойт.
# $number: the protocol's number.
commission-error-protocol_closed = № { $number } протокол кол коюуга жөнөтүлгөн же кол коюлган: башка номер көрсөтүңүз.
commission-error-number_taken = № { $number } протокол бул комиссияда бар.
commission-error-reason_required = Кайтаруунун себебин көрсөтүңүз.
