# Sync with the server: its state, errors, the server's reasons for refusing a change, places.
# ru is the reference; every id is present in kk, ky and en.

sync-title = Синхронизация
sync-now = Синхронизировать
sync-running = Синхронизация…
sync-progress-push = Отправлено изменений: { $items }
sync-progress-pull = Получено с сервера: { $items } (страниц: { $steps })
sync-progress-positions = Пересчёт номеров очереди…
sync-last = Последняя синхронизация: { $at }
sync-never = Синхронизации ещё не было
sync-pending =
    { $count ->
        [one] { $count } изменение ждёт отправки на сервер
        [few] { $count } изменения ждут отправки на сервер
       *[many] { $count } изменений ждут отправки на сервер
    }

sync-error-offline = Нет связи с сервером. Изменения сохранены и будут отправлены позже.
sync-error-unauthorized = Сеанс истёк. Войдите снова, чтобы продолжить синхронизацию.
sync-error-upgrade_needed = Версия приложения не подходит серверу. Обновите приложение; изменения сохранены.
sync-error-forbidden = Сервер отказал в доступе для этой учётной записи.
sync-error-server = Ошибка на сервере. Повторите позже.
sync-error-malformed = Ответ сервера не распознан. Повторите позже или обратитесь к администратору.
sync-error-protocol = Сервер ответил не по правилам синхронизации. Обратитесь к администратору.
sync-error-store = Не удалось записать данные в базу на этом компьютере.

sync-rejected-title = Изменения, отклонённые сервером
sync-rejected-seen = Понятно
sync-rejected-when = Сделано { $made_at } ({ $made_by }), отклонено { $decided_at }
sync-reject-unknown_mutation = Сервер не знает такого изменения (обновите сервер или приложение).
sync-reject-invalid_args = Изменение составлено неверно.
sync-reject-forbidden = Нет прав на это изменение.
sync-reject-unknown_group = Такой группы нет на сервере.
sync-reject-invalid_personal_number = Неверный ИИН/ПИН ребёнка.
sync-reject-no_free_place = В группе нет свободного места: его уже занял другой ребёнок.
sync-reject-already_granted = Ребёнку уже выделено место в этой группе.

place-state-pending = Ожидает подтверждения сервера
place-state-granted = Место выделено
place-request = Запросить место
place-seat = Место { $seat }

history-action-place_requested = Запрошено место в группе
history-action-place_granted = Место выделено сервером
history-action-place_request_rejected = Сервер отклонил запрос места
history-action-rejection_seen = Отказ сервера просмотрен
history-action-sync_page_applied = Получены изменения с сервера
history-action-sync_fetched_applied = Восстановлены данные с сервера

sync-online = Есть связь с сервером
sync-offline = Нет связи с сервером
sync-status-unknown = Синхронизации ещё не было
sync-pending-short = Ждут отправки: { $count }
sync-rejected-open = Отклонено сервером: { $count }
sync-rejected-none = Отклонённых изменений нет.
sync-rejected-close = Закрыть
sync-rejected-what-place = Место в группе № { $group } для ребёнка с ИИН/ПИН { $child }

place-title = Места в детских садах
place-none = Мест для ребёнка не запрашивали.
place-choose-group = Группа
place-group-option = { $kindergarten } — { $group } ({ $year } г. р., занято { $granted } из { $capacity })
place-needs-server = Места выделяет сервер: подключитесь к нему и войдите, чтобы запросить место.
place-state-accepted = Сервер принял запрос, место придёт со следующей синхронизацией
place-requested-notice = Запрос места сохранён и будет отправлен на сервер при синхронизации.

cli-sync-status = Последняя синхронизация: { $last }; ждут отправки: { $pending }; отклонено сервером: { $rejected }
cli-sync-rejected = № { $seq }: { $reason } ({ $detail })
cli-sync-done = Синхронизировано: принято { $accepted }, отклонено { $rejected }, получено изменений { $pulled }.
cli-sync-verified = Проверено с сервером: удалено лишних записей { $removed }, загружено недостающих { $fetched }.
cli-sync-password-prompt = Пароль учётной записи:
