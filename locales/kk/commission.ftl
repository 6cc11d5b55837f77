# The voucher commission (seed 000): the roster, the review of voucher applications, the
# protocols. Benefits, statuses and document kinds are in domain.ftl.

nav-review = Өтінімдер
nav-commission = Комиссия
nav-protocols = Хаттамалар

## Roster

commission-title = Комиссия
commission-intro = Әлеуметтік мәселелер жөніндегі комиссияның мүшелері. Хаттамада тек белсенді мүшелер көрсетіледі.
commission-add = + Комиссия мүшесін қосу
commission-empty = Комиссия тізімінде әзірге ешкім жоқ.
commission-col-active = Белсенді
commission-col-name = Аты-жөні
commission-col-position = Лауазымы
commission-col-phone = Телефон
commission-col-email = Email
commission-col-role = Рөлі
commission-col-birth-date = Туған күні
# $name: the member's full name.
commission-active-label = Комиссияның белсенді мүшесі: { $name }
commission-edit = Өзгерту
commission-remove = Жою
# $name: the member's full name.
commission-remove-question = { $name } жойылсын ба?
commission-remove-confirm = Иә, жою
commission-cancel = Болдырмау
commission-pending = Синхрондауды күтуде
commission-role-chairman = Төраға
commission-role-secretary = Хатшы
commission-role-member = Комиссия мүшесі

member-form-add-title = Комиссияның жаңа мүшесі
member-form-edit-title = Комиссия мүшесінің деректері
member-pin = ПИН / ЖСН
member-pin-hint = 14 таңбалы ПИН немесе 12 таңбалы ЖСН; туған күні автоматты түрде толтырылады.
member-birth-date = Туған күні
member-surname = Тегі
member-given-name = Аты
member-patronymic = Әкесінің аты
member-position = Лауазымы
member-phone = Телефон
member-email = Email
member-role = Комиссиядағы рөлі
member-save = Сақтау
member-cancel = Сақтамай жабу

## Applications under review

review-title = Ваучерлік қаржыландыруға өтінімдер
review-total =
    { $count ->
       *[other] { $count } өтінім
    }
review-empty = Қараудағы өтінімдер жоқ.
review-col-number = Өтінім нөмірі
review-col-child = Баланың аты-жөні
review-col-pin = Баланың ПИН-і
review-col-registered = Берілген күні
review-col-benefit = Жеңілдік түрі
review-col-status = Мәртебесі
review-col-protocol = Хаттама
review-col-decision = Шешім
review-open = Өтінімді ашу

## The review form

# $number: the application's number.
review-form-title = Ваучерлік қаржыландыруға өтінім № { $number }
review-section-child = 1. Баланың деректері
review-section-parent = 2. Ата-ананың / заңды өкілдің деректері
review-section-benefit = 3. Жеңілдік түрі
review-section-benefit-hint = Жеңілдіктің тек бір түрін көрсетуге болады.
review-section-members = 4. Комиссия
review-section-members-hint = Отырысқа қатысқан және хаттамада көрсетілуге тиіс комиссия мүшелерін белгілеңіз.
review-member-inactive = белсенді емес: хаттамада көрсетілмейді
review-no-members = Комиссияда мүшелер жоқ: оларды «Комиссия» бетінде қосыңыз.
review-section-documents = 5. Ұсынылған құжаттар
review-other-document = Басқа құжат
review-other-document-add = + Қосу
review-other-document-remove = Алып тастау
review-section-comment = 6. Қосымша түсініктемелер
review-protocol-number = Хаттама нөмірі
review-decision = Комиссия шешімі
review-decision-approved = Мақұлдау
review-decision-rejected = Қабылдамау
review-save = Сақтау және хаттаманы қалыптастыру
review-back = Өтінімдер тізіміне
# $number: the protocol's number; $state: its state, as a label.
review-read-only = Өтінім № { $number } хаттамаға енгізілген ({ $state }), оны өзгертуге болмайды.
review-read-only-role = Өтінімді тек комиссия хатшысы өзгерте алады.

commission-decision-approved = Мақұлданды
commission-decision-rejected = Қабылданбады

## Protocols

protocols-title = Комиссия отырыстарының хаттамалары
protocols-empty = Әзірге хаттамалар жоқ.
protocols-col-number = Нөмірі
protocols-col-date = Күні
protocols-col-applications = Өтінімдер
protocols-col-state = Күйі

# $number: the protocol's number.
protocol-title = Хаттама № { $number }
protocol-draft-title = Хаттама жобасы № { $number }
protocol-state-returned = Пысықтауға қайтарылды
protocol-number = Хаттама нөмірі
protocol-date = Отырыс күні
protocol-state = Күйі
protocol-sent-at = Қол қоюға жіберілді
protocol-signed-by = Қол қойған
protocol-signer = ЭЦҚ сертификатының иесі
protocol-signed-at = Қол қойылған күні мен уақыты
protocol-applications = Өтінімдер және комиссия шешімдері
protocol-present = Қатысқан комиссия мүшелері
protocol-comment = Түсініктеме
protocol-pending = Синхрондауды күтуде
# $name: who returned it; $reason: as they wrote it.
protocol-returned-reason = Төраға { $name } хаттаманы пысықтауға қайтарды: { $reason }
protocol-close = Жабу
protocol-send = Қол қоюға жіберу
protocol-sent-notice = Хаттама комиссия төрағасына қол қоюға жіберілді.
protocol-sign = Қол қою
protocol-signed-notice = Хаттамаға қол қойылды.
protocol-return = Пысықтауға қайтару
protocol-return-reason = Қайтару себебі
protocol-return-submit = Хатшыға қайтару
protocol-returned-notice = Хаттама хатшыға пысықтауға қайтарылды.

## Refusals (invalid_input / conflict with args.reason)

commission-error-personal_number = ПИН/ЖСН қате: нақты туған күні бар 14 таңбалы ПИН немесе 12 таңбалы ЖСН қажет.
# $member: who has the number already.
commission-error-personal_number_taken = Бұл ПИН/ЖСН комиссия тізімінде бар: { $member }.
commission-error-name = Тегі мен атын көрсетіңіз.
commission-error-position = Лауазымын көрсетіңіз.
commission-error-phone = Телефон нөмірі қате.
commission-error-email = Электрондық пошта мекенжайы қате.
commission-error-role = Рөлді таңдаңыз: төраға, хатшы немесе комиссия мүшесі.
commission-error-not_under_review = Өтінім енді комиссияның қарауында емес.
commission-error-benefit = Жеңілдіктің бір түрін көрсетіңіз.
commission-error-document = Құжаттың белгісіз түрі.
commission-error-protocol_number = Хаттама нөмірін көрсетіңіз.
commission-error-decision = Шешімді таңдаңыз: мақұлдау немесе қабылдамау.
commission-error-no_members_present = Отырысқа қатысқан комиссия мүшелерінің бірде-біреуі белгіленбеген.
# $member: the member's name.
commission-error-inactive_member = Комиссия мүшесі { $member } белсенді емес, оны хаттамада көрсетуге болмайды.
commission-error-not_a_member = { $member } осы комиссияның мүшесі емес.
commission-error-wrong_state = Хаттаманы қазіргі күйінде өзгертуге болмайды.
# $number: the protocol's number.
commission-error-protocol_closed = № { $number } хаттама қол қоюға жіберілген немесе қол қойылған: басқа нөмір көрсетіңіз.
commission-error-number_taken = № { $number } хаттама осы комиссияда бар.
commission-error-reason_required = Қайтару себебін көрсетіңіз.
