# Printed documents (crates/documents): the commission protocol and the direction to a kindergarten.
# Dates come in already formatted (dd.mm.yyyy); numbers of documents are text ("12/34").

doc-page = Страница { $page } из { $total }
doc-identifier = Идентификатор документа: { $id }
doc-signature = (подпись)

## Protocol of the commission (seed 000)

doc-protocol-title = Протокол заседания комиссии № { $number }
doc-protocol-date = Дата заседания
doc-protocol-commission = Комиссия
doc-protocol-present = Присутствовали члены комиссии
doc-protocol-agenda = Рассмотрено заявлений: { $count }
doc-protocol-child = Ребенок
doc-protocol-birth-date = Дата рождения
doc-protocol-benefit = Тип льготы
doc-protocol-documents = Представленные документы
doc-protocol-no-documents = не представлены
doc-protocol-decision = Решение
doc-protocol-decision-approved = Одобрить: присвоить ваучер
doc-protocol-decision-rejected = Отклонить: отказать в присвоении ваучера
doc-protocol-comments = Комментарии
doc-protocol-general-comment = Дополнительные комментарии
doc-protocol-summary = Одобрено: { $approved }. Отклонено: { $rejected }.
doc-protocol-chairman = Председатель комиссии
doc-protocol-secretary = Ответственный секретарь

## Direction to a state kindergarten (seed 002)

doc-direction-title = Направление № { $number } в государственную дошкольную организацию
doc-direction-date = Дата выдачи
doc-direction-child = ФИО ребенка
doc-direction-iin = ИИН ребенка
doc-direction-pin = ПИН ребенка
doc-direction-birth-date = Дата рождения
doc-direction-kindergarten = Дошкольная организация
doc-direction-group = Группа
doc-direction-language = Язык обучения
doc-direction-valid-until = Действительно до
doc-direction-note = Направление действительно до { $date } включительно. Если ребенок не прибудет в дошкольную организацию в этот срок, направление будет аннулировано автоматически, а заявление на { $stop_days } рабочих дней попадет в стоп-лист. Продлить направление можно один раз, не более чем на { $extension_days } календарных дней.
doc-direction-issued-by = Направление выдал
