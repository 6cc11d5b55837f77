# Кері байланыс: жүйені әзірлеушілер мен әкімшілерге хабарламалар.

nav-feedback = Кері байланыс

feedback-title = Кері байланыс
feedback-intro = Жүйені әзірлеушілер мен әкімшілерге жазыңыз: ұсыныстар, ескертулер, табылған қателер. Хабарламаны байланыссыз да жазуға болады — ол ең жақын синхрондаумен жіберіледі.
feedback-intro-local = Сервер қосылмаған: хабарламалар осы компьютерде сақталады.
feedback-subject = Тақырып (міндетті емес)
feedback-message = Хабарлама
feedback-chars = { $count } / { $max }
feedback-send = Жіберу
feedback-sent = Хабарлама сақталды және синхрондау кезінде жіберіледі.
feedback-kept = Хабарлама осы компьютерде сақталды.
feedback-list-title = Менің хабарламаларым
feedback-none = Әзірге хабарламалар жоқ.
feedback-no-subject = Тақырыпсыз
feedback-written = { $at }, { $by }
feedback-state-pending = Жіберуді күтуде
feedback-state-delivered = Жеткізілді
feedback-state-rejected = Сервер қабылдамады
feedback-state-kept = Осы компьютерде сақталды

feedback-error-message_required = Хабарламаны жазыңыз.
feedback-error-message_too_long = Хабарлама { $max } таңбадан ұзын.
feedback-error-subject_too_long = Тақырып { $max } таңбадан ұзын.

history-action-feedback_written = Кері байланысқа хабарлама жазылды
