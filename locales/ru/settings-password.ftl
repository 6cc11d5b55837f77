# Settings → change of password (seed 000: "изменение пароля"). ru is the reference.

settings-password-title = Смена пароля
settings-password-current = Текущий пароль
settings-password-new = Новый пароль
settings-password-repeat = Повторите новый пароль
settings-password-submit = Сменить пароль
settings-password-hint = Не короче { $min } символов. Пароль меняется на сервере; сеансы на других устройствах завершатся, а на этом компьютере новый пароль будет открывать приложение и без связи.
settings-password-done = Пароль изменён.
settings-password-mismatch = Новый пароль и повтор не совпадают.
settings-password-too-short = Новый пароль должен быть не короче { $min } символов.
settings-password-current-required = Введите текущий пароль.
settings-password-wrong-current = Текущий пароль указан неверно.
settings-password-offline = Пароль можно сменить только при связи с сервером. Проверьте подключение и повторите.

history-action-password_changed = Изменён пароль
