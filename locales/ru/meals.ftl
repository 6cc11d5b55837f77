# The meal benefit of voucher children (seed 000, §III "Питание"): som a day, the commission's
# protocol (number, date) and its PDF. ru is the reference.

nav-meals = Питание

meals-title = Питание
meals-intro = Сумма на оплату питания ребёнка (сом в день), номер и дата протокола заседания Комиссии по социальным вопросам, принявшей решение о льготе на питание, и сам протокол в формате PDF.
meals-read-only = Льготы на питание вносит ответственный секретарь комиссии; вам они доступны только для просмотра.
meals-loading = Загрузка…
meals-children-none = Детей с ваучером нет.

meals-col-number = № заявления
meals-col-child = Ребёнок
meals-col-status = Статус
meals-col-amount = Питание, сом в день
meals-col-protocol = Протокол комиссии
meals-col-saved = Внесено
meals-amount-value = { $amount } сом/день
meals-none = не указано
meals-protocol-value = { $number } от { $date }
meals-saved-by = { $by }, { $at }
meals-view-pdf = Протокол (PDF)
meals-enter = Указать
meals-change = Изменить

# The form.
meals-amount = Сумма на питание, сом в день
meals-protocol-number = Номер протокола
meals-protocol-date = Дата протокола
meals-pdf = Протокол заседания комиссии (PDF)
meals-pdf-picked = Выбран файл { $name } ({ $size } КБ).
meals-pdf-hint = Файл PDF размером не более { $max } МБ.
meals-pdf-again = Чтобы изменить льготу, загрузите протокол ещё раз.
meals-save = Сохранить
meals-cancel = Отмена
meals-saved = Льгота на питание сохранена: { $child }. Она уйдёт на сервер при следующей синхронизации.
meals-pdf-title = { $child }: протокол { $number } от { $date }
meals-pdf-close = Закрыть

# Refusals (`meals-error-<reason>`), from the form's own checks and from the backend.
meals-error-amount_invalid = Сумма указывается цифрами, не более двух знаков после запятой (например, 125 или 125,50).
meals-error-amount_not_positive = Сумма должна быть больше нуля.
meals-error-amount_too_large = Сумма не может превышать 10 000 сом в день.
meals-error-number_required = Укажите номер протокола.
meals-error-number_too_long = Номер протокола не может быть длиннее { $chars } символов.
meals-error-date_in_future = Дата протокола не может быть позже сегодняшней.
meals-error-pdf_required = Загрузите протокол в формате PDF.
meals-error-pdf_too_large = Файл протокола больше { $max } МБ.
meals-error-pdf_not_pdf = Этот файл не PDF. Загрузите протокол в формате PDF.
meals-error-not_voucher_child = Льгота на питание указывается только детям с выданным ваучером.

# The sync line's list of refusals.
sync-rejected-what-meal-save = Льгота на питание ребёнка
sync-reject-not_voucher_child = Заявление не ваучерное или ваучер ещё не выдан.
