# The voucher commission (seed 000): the roster, the review of voucher applications, the
# protocols. Benefits, statuses and document kinds are in domain.ftl.

nav-review = Заявки
nav-commission = Комиссия
nav-protocols = Протоколы

## Roster

commission-title = Комиссия
commission-intro = Члены комиссии по социальным вопросам. В протоколе отображаются только активные члены комиссии.
commission-add = + Добавить члена комиссии
commission-empty = В списке комиссии пока никого нет.
commission-col-active = Активен
commission-col-name = ФИО
commission-col-position = Должность
commission-col-phone = Телефон
commission-col-email = Email
commission-col-role = Роль
commission-col-birth-date = Дата рождения
# $name: the member's full name.
commission-active-label = Активный член комиссии: { $name }
commission-edit = Изменить
commission-remove = Удалить
# $name: the member's full name.
commission-remove-question = Удалить { $name }?
commission-remove-confirm = Да, удалить
commission-cancel = Отмена
commission-pending = Ожидает синхронизации
commission-role-chairman = Председатель
commission-role-secretary = Секретарь
commission-role-member = Член комиссии

member-form-add-title = Новый член комиссии
member-form-edit-title = Данные члена комиссии
member-pin = ПИН / ИИН
member-pin-hint = ПИН из 14 цифр или ИИН из 12 цифр; дата рождения заполняется автоматически.
member-birth-date = Дата рождения
member-surname = Фамилия
member-given-name = Имя
member-patronymic = Отчество
member-position = Должность
member-phone = Телефон
member-email = Email
member-role = Роль в комиссии
member-save = Сохранить
member-cancel = Закрыть без сохранения

## Applications under review

review-title = Заявки на ваучерное финансирование
review-total =
    { $count ->
        [one] { $count } заявка
        [few] { $count } заявки
       *[many] { $count } заявок
    }
review-empty = Заявок на рассмотрении нет.
review-col-number = Номер заявки
review-col-child = ФИО ребенка
review-col-pin = ПИН ребенка
review-col-registered = Дата подачи
review-col-benefit = Тип льготы
review-col-status = Статус
review-col-protocol = Протокол
review-col-decision = Решение
review-open = Открыть заявку

## The review form

# $number: the application's number.
review-form-title = Заявка на ваучерное финансирование № { $number }
review-section-child = 1. Данные ребенка
review-section-parent = 2. Данные родителя / законного представителя
review-section-benefit = 3. Тип льготы
review-section-benefit-hint = Тип льготы может быть указан только один.
review-section-members = 4. Комиссия
review-section-members-hint = Отметьте членов комиссии, которые участвовали в заседании и должны отобразиться в протоколе.
review-member-inactive = не активен: не может быть указан в протоколе
review-no-members = В комиссии нет членов: добавьте их на странице «Комиссия».
review-section-documents = 5. Представленные документы
review-other-document = Другой документ
review-other-document-add = + Добавить
review-other-document-remove = Убрать
review-section-comment = 6. Дополнительные комментарии
review-protocol-number = Номер протокола
review-decision = Решение комиссии
review-decision-approved = Одобрить
review-decision-rejected = Отклонить
review-save = Сохранить и сформировать протокол
review-back = К списку заявок
# $number: the protocol's number; $state: its state, as a label.
review-read-only = Заявка включена в протокол № { $number } ({ $state }) и не может быть изменена.
review-read-only-role = Изменять заявку может только секретарь комиссии.

commission-decision-approved = Одобрено
commission-decision-rejected = Отклонено

## Protocols

protocols-title = Протоколы заседаний комиссии
protocols-empty = Протоколов пока нет.
protocols-col-number = Номер
protocols-col-date = Дата
protocols-col-applications = Заявок
protocols-col-state = Состояние

# $number: the protocol's number.
protocol-title = Протокол № { $number }
protocol-draft-title = Проект протокола № { $number }
protocol-state-returned = Возвращен на доработку
protocol-number = Номер протокола
protocol-date = Дата заседания
protocol-state = Состояние
protocol-sent-at = Отправлен на подпись
protocol-signed-by = Подписал
protocol-signer = Владелец сертификата ЭЦП
protocol-signed-at = Дата и время подписи
protocol-applications = Заявки и решения комиссии
protocol-present = Присутствовали члены комиссии
protocol-comment = Комментарий
protocol-pending = Ожидает синхронизации
# $name: who returned it; $reason: as they wrote it.
protocol-returned-reason = Председатель { $name } вернул протокол на доработку: { $reason }
protocol-close = Закрыть
protocol-send = Отправить на подпись
protocol-sent-notice = Протокол отправлен на подпись председателю комиссии.
protocol-sign = Подписать
protocol-signed-notice = Протокол подписан.
protocol-return = Вернуть на доработку
protocol-return-reason = Причина возврата
protocol-return-submit = Вернуть секретарю
protocol-returned-notice = Протокол возвращен секретарю на доработку.

## Refusals (invalid_input / conflict with args.reason)

commission-error-personal_number = Неверный ПИН/ИИН: нужен ПИН из 14 цифр или ИИН из 12 цифр с настоящей датой рождения.
# $member: who has the number already.
commission-error-personal_number_taken = Этот ПИН/ИИН уже есть в списке комиссии: { $member }.
commission-error-name = Укажите фамилию и имя.
commission-error-position = Укажите должность.
commission-error-phone = Неверный номер телефона.
commission-error-email = Неверный адрес электронной почты.
commission-error-role = Выберите роль: председатель, секретарь или член комиссии.
commission-error-not_under_review = Заявка уже не на рассмотрении комиссии.
commission-error-benefit = Укажите один тип льготы.
commission-error-document = Неизвестный вид документа.
commission-error-protocol_number = Укажите номер протокола.
commission-error-decision = Выберите решение: одобрить или отклонить.
commission-error-no_members_present = Не отмечен ни один член комиссии, участвовавший в заседании.
# $member: the member's name.
commission-error-inactive_member = Член комиссии { $member } не активен и не может быть указан в протоколе.
commission-error-not_a_member = { $member } не является членом этой комиссии.
commission-error-wrong_state = Протокол в этом состоянии изменить нельзя.
# $number: the protocol's number.
commission-error-protocol_closed = Протокол № { $number } уже отправлен на подпись или подписан: укажите другой номер.
commission-error-number_taken = Протокол № { $number } уже есть в этой комиссии.
commission-error-reason_required = Укажите причину возврата.
