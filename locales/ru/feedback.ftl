# Feedback (seed 000, §V "Обратная связь"): messages to the system's developers and
# administrators. ru is the reference.

nav-feedback = Обратная связь

feedback-title = Обратная связь
feedback-intro = Напишите разработчикам и администраторам системы: предложения, замечания, найденные ошибки. Сообщение можно написать и без связи — оно уйдёт с ближайшей синхронизацией.
feedback-intro-local = Сервер не подключён: сообщения сохраняются на этом компьютере.
feedback-subject = Тема (необязательно)
feedback-message = Сообщение
feedback-chars = { $count } из { $max }
feedback-send = Отправить
feedback-sent = Сообщение сохранено и будет отправлено при синхронизации.
feedback-kept = Сообщение сохранено на этом компьютере.
feedback-list-title = Мои сообщения
feedback-none = Сообщений пока нет.
feedback-no-subject = Без темы
feedback-written = { $at }, { $by }
feedback-state-pending = Ожидает отправки
feedback-state-delivered = Доставлено
feedback-state-rejected = Отклонено сервером
feedback-state-kept = Сохранено на этом компьютере

feedback-error-message_required = Напишите сообщение.
feedback-error-message_too_long = Сообщение длиннее { $max } символов.
feedback-error-subject_too_long = Тема длиннее { $max } символов.

history-action-feedback_written = Написано сообщение в обратную связь
