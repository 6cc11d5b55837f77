# Accounts: signing in to the server, the lock, user administration.

nav-users = Колдонуучулар

account-login-title = Серверге кирүү
account-server-url = Сервердин дареги
account-login = Логин
account-password = Сырсөз
account-sign-in = Кирүү
account-work-without-server = Серверсиз иштөө
account-login-hint = Биринчи кирүү сервер менен байланыш болгондо гана мүмкүн. Андан кийин ошол эле сырсөз менен тиркеме байланышсыз да ачылат.
account-locked-title = Тиркеме кулпуланган
account-locked-user = { $name } ({ $login })
account-unlock = Кулпудан чыгаруу
account-unlock-remaining =
    { $count ->
        [one] { $count } аракет калды, андан кийин күтүүгө туура келет.
       *[other] { $count } аракет калды, андан кийин күтүүгө туура келет.
    }
account-unlock-wait = Кийинки аракет { $seconds } сек кийин.
account-lock = Кулпулоо
account-sign-out = Чыгуу
account-sign-out-confirm = Эсептик жазуудан чыгасызбы? Кайра кирүү үчүн сервер менен байланыш керек.
account-server-title = Сервер
account-server-hint = Азыр тиркеме серверсиз, ушул компьютердин маалыматтары менен иштейт. Өз эсептик жазууңуз менен кирүү үчүн сервердин дарегин көрсөтүңүз.
account-connect = Серверге туташуу
account-connected = Сервер { $server }, кирген колдонуучу: { $login }
account-lock-minutes = Аракетсиздиктен кийин кулпулоо, мүнөт
account-lock-minutes-hint = Баскычтоп жана чычкан колдонулбаса, тиркеме кулпуланат; аны сырсөз менен ачууга болот.
account-lock-minutes-saved = Кулпулоо убактысы сакталды.
account-save = Сактоо

role-administrator = Администратор
role-operator = Оператор
role-commission_secretary = Комиссиянын катчысы
role-commission_chairman = Комиссиянын төрагасы
role-commission_member = Комиссиянын мүчөсү
role-kindergarten_head = Бала бакчанын башчысы
role-pmpk_specialist = ПМПК адиси

scope-kind-system = Бүт система
scope-kind-region = Облус
scope-kind-district = Район
scope-kind-commission = Комиссия
scope-kind-kindergarten = Бала бакча

users-title = Колдонуучулар
users-intro = Сиздин жоопкерчилик чөйрөңүздөгү эсептик жазуулар. Өзгөртүүлөр серверде аткарылат.
users-offline = Сервер менен байланыш жок. Колдонуучуларды башкаруу серверге туташканда гана иштейт.
users-col-login = Логин
users-col-name = Аты-жөнү
users-col-role = Ролу
users-col-scope = Жоопкерчилик чөйрөсү
users-col-state = Абалы
users-state-active = Активдүү
users-state-disabled = Өчүрүлгөн
users-reset = Сырсөздү жаңылоо
users-reset-confirm = { $login } колдонуучусунун сырсөзүн жаңылайсызбы? Анын бардык түзмөктөрдөгү сеанстары бүтөт.
users-disable = Өчүрүү
users-disable-confirm = { $login } эсептик жазуусун өчүрөсүзбү? Колдонуучу мындан ары кире албайт.
users-disabled = { $login } эсептик жазуусу өчүрүлдү.
users-temporary-password = { $login } колдонуучусунун убактылуу сырсөзү:
users-temporary-password-hint = Сырсөз бир жолу көрсөтүлөт. Аны колдонуучуга бериңиз; жабылгандан кийин ал кайра көрүнбөйт.
users-add-title = Жаңы колдонуучу
users-personal-number = ИИН/ПИН (милдеттүү эмес)
users-scope-kind = Деңгээл
users-add = Кошуу

error-wrong_password =
    { $offline ->
        [true] Сырсөз туура эмес.
       *[other] Логин же сырсөз туура эмес.
    }
error-too_many_attempts = Ийгиликсиз аракеттер өтө көп. { $seconds } сек кийин кайталаңыз.
error-account_disabled = Эсептик жазуу өчүрүлгөн. Администраторго кайрылыңыз.
error-server_unreachable = { $server } сервери жооп бербейт. Даректи жана тармакка туташууну текшериңиз.
error-upgrade_needed = Тиркеме менен сервердин версиялары шайкеш эмес. Кезекти жаңыртыңыз же сервердин администраторуна кайрылыңыз.
error-session_expired = Сервердеги сеанс бүттү. Чыгып, сервер менен байланыш болгондо кайра кириңиз.
error-server_error = Сервер ката менен жооп берди: { $detail }
error-sign_in_required = Улантуу үчүн серверге кириңиз.
error-locked = Тиркеме кулпуланган. Сырсөздү киргизиңиз.
error-forbidden = Бул аракетке укугуңуз жетишсиз.
error-conflict = Сервер өзгөртүүнү кабыл алган жок: { $detail }

history-action-signed_in = Системага кирүү
history-action-signed_out = Системадан чыгуу
history-action-server_changed = Сервердин дареги өзгөртүлдү
history-action-lock_minutes_changed = Бөгөттөөгө чейинки убакыт өзгөртүлдү
