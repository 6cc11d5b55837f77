# Accounts: signing in to the server, the lock, user administration. ru is the reference.

nav-users = Пользователи

account-login-title = Вход на сервер
account-server-url = Адрес сервера
account-login = Логин
account-password = Пароль
account-sign-in = Войти
account-work-without-server = Работать без сервера
account-login-hint = Первый вход — только при связи с сервером. Потом тем же паролем приложение открывается и без связи.
account-locked-title = Приложение заблокировано
account-locked-user = { $name } ({ $login })
account-unlock = Разблокировать
account-unlock-remaining =
    { $count ->
        [one] Осталась { $count } попытка, затем придётся подождать.
        [few] Осталось { $count } попытки, затем придётся подождать.
       *[many] Осталось { $count } попыток, затем придётся подождать.
    }
account-unlock-wait = Следующая попытка — через { $seconds } с.
account-lock = Заблокировать
account-sign-out = Выйти
account-sign-out-confirm = Выйти из учётной записи? Чтобы снова войти, нужна связь с сервером.
account-server-title = Сервер
account-server-hint = Сейчас приложение работает без сервера, на данных этого компьютера. Укажите адрес сервера, чтобы войти под своей учётной записью.
account-connect = Подключиться к серверу
account-connected = Сервер { $server }, вход выполнен: { $login }
account-lock-minutes = Блокировать после бездействия, минут
account-lock-minutes-hint = Без нажатий клавиш и движений мыши приложение блокируется; открыть его можно паролем.
account-lock-minutes-saved = Время блокировки сохранено.
account-save = Сохранить

role-administrator = Администратор
role-operator = Оператор
role-commission_secretary = Секретарь комиссии
role-commission_chairman = Председатель комиссии
role-commission_member = Член комиссии
role-kindergarten_head = Заведующий детским садом
role-pmpk_specialist = Специалист ПМПК

scope-kind-system = Вся система
scope-kind-region = Регион
scope-kind-district = Район
scope-kind-commission = Комиссия
scope-kind-kindergarten = Детский сад

users-title = Пользователи
users-intro = Учётные записи в пределах вашей области ответственности. Изменения выполняются на сервере.
users-offline = Нет связи с сервером. Управление пользователями работает только при подключении к серверу.
users-col-login = Логин
users-col-name = ФИО
users-col-role = Роль
users-col-scope = Область ответственности
users-col-state = Состояние
users-state-active = Активна
users-state-disabled = Отключена
users-reset = Сбросить пароль
users-reset-confirm = Сбросить пароль пользователя { $login }? Его сеансы на всех устройствах завершатся.
users-disable = Отключить
users-disable-confirm = Отключить учётную запись { $login }? Пользователь больше не сможет войти.
users-disabled = Учётная запись { $login } отключена.
users-temporary-password = Временный пароль пользователя { $login }:
users-temporary-password-hint = Пароль показан один раз. Передайте его пользователю; после закрытия он больше не будет виден.
users-add-title = Новый пользователь
users-personal-number = ИИН/ПИН (необязательно)
users-scope-kind = Уровень
users-add = Добавить

error-wrong_password =
    { $offline ->
        [true] Неверный пароль.
       *[other] Неверный логин или пароль.
    }
error-too_many_attempts = Слишком много неудачных попыток. Повторите через { $seconds } с.
error-account_disabled = Учётная запись отключена. Обратитесь к администратору.
error-server_unreachable = Сервер { $server } не отвечает. Проверьте адрес и подключение к сети.
error-upgrade_needed = Версии приложения и сервера несовместимы. Обновите Кезек или обратитесь к администратору сервера.
error-session_expired = Сеанс на сервере завершён. Выйдите и войдите снова при связи с сервером.
error-server_error = Сервер ответил ошибкой: { $detail }
error-sign_in_required = Войдите на сервер, чтобы продолжить.
error-locked = Приложение заблокировано. Введите пароль.
error-forbidden = Недостаточно прав для этого действия.
error-conflict = Сервер отклонил изменение: { $detail }

history-action-signed_in = Вход в систему
history-action-signed_out = Выход из системы
history-action-server_changed = Изменён адрес сервера
history-action-lock_minutes_changed = Изменено время до блокировки
