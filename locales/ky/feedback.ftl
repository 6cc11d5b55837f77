# Кайтарым байланыш: системаны иштеп чыгуучуларга жана администраторлорго билдирүүлөр.

nav-feedback = Кайтарым байланыш

feedback-title = Кайтарым байланыш
feedback-intro = Системаны иштеп чыгуучуларга жана администраторлорго жазыңыз: сунуштар, пикирлер, табылган каталар. Билдирүүнү байланышсыз да жазса болот — ал жакынкы шайкештирүү менен жөнөтүлөт.
feedback-intro-local = Сервер туташкан эмес: билдирүүлөр ушул компьютерде сакталат.
feedback-subject = Тема (милдеттүү эмес)
feedback-message = Билдирүү
feedback-chars = { $count } / { $max }
feedback-send = Жөнөтүү
feedback-sent = Билдирүү сакталды жана шайкештирүүдө жөнөтүлөт.
feedback-kept = Билдирүү ушул компьютерде сакталды.
feedback-list-title = Менин билдирүүлөрүм
feedback-none = Азырынча билдирүүлөр жок.
feedback-no-subject = Темасыз
feedback-written = { $at }, { $by }
feedback-state-pending = Жөнөтүүнү күтүүдө
feedback-state-delivered = Жеткирилди
feedback-state-rejected = Сервер четке какты
feedback-state-kept = Ушул компьютерде сакталды

feedback-error-message_required = Билдирүүнү жазыңыз.
feedback-error-message_too_long = Билдирүү { $max } белгиден узун.
feedback-error-subject_too_long = Тема { $max } белгиден узун.

history-action-feedback_written = Кайтарым байланышка билдирүү жазылды
