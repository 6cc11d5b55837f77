# Sync with the server: its state, errors, the server's reasons for refusing a change, places.
# ru is the reference; every id is present in kk, ky and en.

sync-title = Синхрондау
sync-now = Синхрондау
sync-running = Синхрондалуда…
sync-progress-push = Жіберілген өзгерістер: { $items }
sync-progress-pull = Серверден алынды: { $items } (беттер: { $steps })
sync-progress-positions = Кезек нөмірлері қайта есептелуде…
sync-last = Соңғы синхрондау: { $at }
sync-never = Синхрондау әлі болған жоқ
sync-pending =
    { $count ->
        [one] { $count } өзгеріс серверге жіберуді күтуде
       *[other] { $count } өзгеріс серверге жіберуді күтуде
    }

sync-error-offline = Сервермен байланыс жоқ. Өзгерістер сақталды, кейінірек жіберіледі.
sync-error-unauthorized = Сеанс мерзімі өтті. Синхрондауды жалғастыру үшін қайта кіріңіз.
sync-error-upgrade_needed = Қолданба нұсқасы серверге сәйкес келмейді. Қолданбаны жаңартыңыз; өзгерістер сақталды.
sync-error-forbidden = Сервер бұл тіркелгіге рұқсат бермеді.
sync-error-server = Серверде қате болды. Кейінірек қайталаңыз.
sync-error-malformed = Сервер жауабы танылмады. Кейінірек қайталаңыз немесе әкімшіге хабарласыңыз.
sync-error-protocol = Сервер синхрондау ережесін бұзды. Әкімшіге хабарласыңыз.
sync-error-store = Деректерді осы компьютердің дерекқорына жазу мүмкін болмады.

sync-rejected-title = Сервер қабылдамаған өзгерістер
sync-rejected-seen = Түсінікті
sync-rejected-when = Жасалды { $made_at } ({ $made_by }), қабылданбады { $decided_at }
sync-reject-unknown_mutation = Сервер мұндай өзгерісті білмейді (серверді немесе қолданбаны жаңартыңыз).
sync-reject-invalid_args = Өзгеріс қате құрастырылған.
sync-reject-forbidden = Бұл өзгеріске құқығыңыз жоқ.
sync-reject-unknown_group = Серверде мұндай топ жоқ.
sync-reject-invalid_personal_number = Баланың ЖСН/ПИН қате.
sync-reject-no_free_place = Топта бос орын жоқ: оны басқа бала алып қойған.
sync-reject-already_granted = Балаға бұл топта орын бөлінген.

place-state-pending = Сервердің растауын күтуде
place-state-granted = Орын бөлінді
place-request = Орын сұрау
place-seat = { $seat }-орын

history-action-place_requested = Топтан орын сұралды
history-action-place_granted = Сервер орын бөлді
history-action-place_request_rejected = Сервер орын сұрауын қабылдамады
history-action-rejection_seen = Сервердің бас тартуы қаралды
history-action-sync_page_applied = Серверден өзгерістер алынды
history-action-sync_fetched_applied = Деректер серверден қалпына келтірілді

sync-online = Сервермен байланыс бар
sync-offline = Сервермен байланыс жоқ
sync-status-unknown = Синхрондау әлі болған жоқ
sync-pending-short = Жіберуді күтуде: { $count }
sync-rejected-open = Сервер қабылдамады: { $count }
sync-rejected-none = Қабылданбаған өзгерістер жоқ.
sync-rejected-close = Жабу
sync-rejected-what-place = ЖСН/ПИН { $child } балаға № { $group } топтан орын

place-title = Балабақшалардағы орындар
place-none = Балаға орын сұралмаған.
place-choose-group = Топ
place-group-option = { $kindergarten } — { $group } ({ $year } ж. т., { $capacity } орынның { $granted } бос емес)
place-needs-server = Орынды сервер береді: орын сұрау үшін серверге қосылып, жүйеге кіріңіз.
place-state-accepted = Сервер сұрауды қабылдады, орын келесі синхрондаумен келеді
place-requested-notice = Орын сұрауы сақталды, ол синхрондау кезінде серверге жіберіледі.

cli-sync-status = Соңғы синхрондау: { $last }; жіберуді күтуде: { $pending }; сервер қабылдамады: { $rejected }
cli-sync-rejected = № { $seq }: { $reason } ({ $detail })
cli-sync-done = Синхрондалды: қабылданды { $accepted }, қабылданбады { $rejected }, алынған өзгерістер { $pulled }.
cli-sync-verified = Сервермен тексерілді: артық жазбалар жойылды { $removed }, жетіспейтіндері жүктелді { $fetched }.
cli-sync-password-prompt = Есептік жазба құпиясөзі:
