# Accounts: signing in to the server, the lock, user administration.

nav-users = Пайдаланушылар

account-login-title = Серверге кіру
account-server-url = Сервер мекенжайы
account-login = Логин
account-password = Құпиясөз
account-sign-in = Кіру
account-work-without-server = Серверсіз жұмыс істеу
account-login-hint = Алғашқы кіру тек сервермен байланыс болғанда мүмкін. Кейін сол құпиясөзбен қосымша байланыссыз да ашылады.
account-locked-title = Қосымша бұғатталған
account-locked-user = { $name } ({ $login })
account-unlock = Бұғаттан шығару
account-unlock-remaining =
    { $count ->
        [one] { $count } әрекет қалды, одан кейін күту керек болады.
       *[other] { $count } әрекет қалды, одан кейін күту керек болады.
    }
account-unlock-wait = Келесі әрекет { $seconds } с кейін.
account-lock = Бұғаттау
account-sign-out = Шығу
account-sign-out-confirm = Есептік жазбадан шығасыз ба? Қайта кіру үшін сервермен байланыс қажет.
account-server-title = Сервер
account-server-hint = Қазір қосымша серверсіз, осы компьютердің деректерімен жұмыс істейді. Өз есептік жазбаңызбен кіру үшін сервер мекенжайын көрсетіңіз.
account-connect = Серверге қосылу
account-connected = Сервер { $server }, кірген пайдаланушы: { $login }
account-lock-minutes = Әрекетсіздіктен кейін бұғаттау, минут
account-lock-minutes-hint = Пернетақта мен тінтуір қолданылмаса, қосымша бұғатталады; оны құпиясөзбен ашуға болады.
account-lock-minutes-saved = Бұғаттау уақыты сақталды.
account-save = Сақтау

role-administrator = Әкімші
role-operator = Оператор
role-commission_secretary = Комиссия хатшысы
role-commission_chairman = Комиссия төрағасы
role-commission_member = Комиссия мүшесі
role-kindergarten_head = Балабақша меңгерушісі
role-pmpk_specialist = ПМПК маманы

scope-kind-system = Бүкіл жүйе
scope-kind-region = Өңір
scope-kind-district = Аудан
scope-kind-commission = Комиссия
scope-kind-kindergarten = Балабақша

users-title = Пайдаланушылар
users-intro = Сіздің жауапкершілік аймағыңыздағы есептік жазбалар. Өзгерістер серверде орындалады.
users-offline = Сервермен байланыс жоқ. Пайдаланушыларды басқару тек серверге қосылғанда жұмыс істейді.
users-col-login = Логин
users-col-name = Аты-жөні
users-col-role = Рөлі
users-col-scope = Жауапкершілік аймағы
users-col-state = Күйі
users-state-active = Белсенді
users-state-disabled = Өшірілген
users-reset = Құпиясөзді қалпына келтіру
users-reset-confirm = { $login } пайдаланушысының құпиясөзін қалпына келтіресіз бе? Оның барлық құрылғылардағы сеанстары аяқталады.
users-disable = Өшіру
users-disable-confirm = { $login } есептік жазбасын өшіресіз бе? Пайдаланушы енді кіре алмайды.
users-disabled = { $login } есептік жазбасы өшірілді.
users-temporary-password = { $login } пайдаланушысының уақытша құпиясөзі:
users-temporary-password-hint = Құпиясөз бір рет көрсетіледі. Оны пайдаланушыға беріңіз; жабылғаннан кейін ол қайта көрінбейді.
users-add-title = Жаңа пайдаланушы
users-personal-number = ЖСН/ПИН (міндетті емес)
users-scope-kind = Деңгей
users-add = Қосу

error-wrong_password =
    { $offline ->
        [true] Құпиясөз қате.
       *[other] Логин немесе құпиясөз қате.
    }
error-too_many_attempts = Сәтсіз әрекеттер тым көп. { $seconds } с кейін қайталаңыз.
error-account_disabled = Есептік жазба өшірілген. Әкімшіге хабарласыңыз.
error-server_unreachable = { $server } сервері жауап бермейді. Мекенжайды және желіге қосылуды тексеріңіз.
error-upgrade_needed = Қосымша мен сервер нұсқалары сәйкес емес. Кезекті жаңартыңыз немесе сервер әкімшісіне хабарласыңыз.
error-session_expired = Сервердегі сеанс аяқталды. Шығып, сервермен байланыс болғанда қайта кіріңіз.
error-server_error = Сервер қатемен жауап берді: { $detail }
error-sign_in_required = Жалғастыру үшін серверге кіріңіз.
error-locked = Қосымша бұғатталған. Құпиясөзді енгізіңіз.
error-forbidden = Бұл әрекетке құқығыңыз жеткіліксіз.
error-conflict = Сервер өзгерісті қабылдамады: { $detail }

history-action-signed_in = Жүйеге кіру
history-action-signed_out = Жүйеден шығу
history-action-server_changed = Сервер мекенжайы өзгертілді
history-action-lock_minutes_changed = Бұғаттауға дейінгі уақыт өзгертілді
