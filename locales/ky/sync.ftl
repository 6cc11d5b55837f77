# Sync with the server: its state, errors, the server's reasons for refusing a change, places.
# ru is the reference; every id is present in kk, ky and en.

sync-title = Шайкештирүү
sync-now = Шайкештирүү
sync-running = Шайкештирилүүдө…
sync-progress-push = Жөнөтүлгөн өзгөртүүлөр: { $items }
sync-progress-pull = Серверден алынды: { $items } (барактар: { $steps })
sync-progress-positions = Кезек номерлери кайра эсептелүүдө…
sync-last = Акыркы шайкештирүү: { $at }
sync-never = Шайкештирүү азырынча болгон жок
sync-pending =
    { $count ->
        [one] { $count } өзгөртүү серверге жөнөтүлүүнү күтүүдө
       *[other] { $count } өзгөртүү серверге жөнөтүлүүнү күтүүдө
    }

sync-error-offline = Сервер менен байланыш жок. Өзгөртүүлөр сакталды, кийинчерээк жөнөтүлөт.
sync-error-unauthorized = Сеанстын мөөнөтү бүттү. Шайкештирүүнү улантуу үчүн кайра кириңиз.
sync-error-upgrade_needed = Колдонмонун версиясы серверге туура келбейт. Колдонмону жаңыртыңыз; өзгөртүүлөр сакталды.
sync-error-forbidden = Сервер бул эсепке уруксат берген жок.
sync-error-server = Серверде ката кетти. Кийинчерээк кайталаңыз.
sync-error-malformed = Сервердин жообу таанылган жок. Кийинчерээк кайталаңыз же администраторго кайрылыңыз.
sync-error-protocol = Сервер шайкештирүү эрежесин бузду. Администраторго кайрылыңыз.
sync-error-store = Маалыматты бул компьютердин базасына жазуу мүмкүн болгон жок.

sync-rejected-title = Сервер кабыл албаган өзгөртүүлөр
sync-rejected-seen = Түшүнүктүү
sync-rejected-when = Жасалды { $made_at } ({ $made_by }), четке кагылды { $decided_at }
sync-reject-unknown_mutation = Сервер мындай өзгөртүүнү билбейт (серверди же колдонмону жаңыртыңыз).
sync-reject-invalid_args = Өзгөртүү туура эмес түзүлгөн.
sync-reject-forbidden = Бул өзгөртүүгө укугуңуз жок.
sync-reject-unknown_group = Серверде мындай топ жок.
sync-reject-invalid_personal_number = Баланын ПИНи туура эмес.
sync-reject-no_free_place = Топто бош орун жок: аны башка бала ээлеп койгон.
sync-reject-already_granted = Балага бул топто орун берилген.

place-state-pending = Сервердин ырастоосун күтүүдө
place-state-granted = Орун берилди
place-request = Орун суроо
place-seat = { $seat }-орун

history-action-place_requested = Топтон орун суралды
history-action-place_granted = Сервер орун берди
history-action-place_request_rejected = Сервер орун суроону кабыл алган жок
history-action-rejection_seen = Сервердин баш тартуусу каралды
history-action-sync_page_applied = Серверден өзгөртүүлөр алынды
history-action-sync_fetched_applied = Маалымат серверден калыбына келтирилди

sync-online = Сервер менен байланыш бар
sync-offline = Сервер менен байланыш жок
sync-status-unknown = Шайкештирүү али болгон жок
sync-pending-short = Жөнөтүүнү күтүүдө: { $count }
sync-rejected-open = Сервер кабыл алган жок: { $count }
sync-rejected-none = Кабыл алынбаган өзгөртүүлөр жок.
sync-rejected-close = Жабуу
sync-rejected-what-place = ЖИН/ПИН { $child } балага № { $group } топтон орун

place-title = Балдар бакчаларындагы орундар
place-none = Балага орун суралган эмес.
place-choose-group = Топ
place-group-option = { $kindergarten } — { $group } ({ $year } ж. т., { $capacity } орундун { $granted } бош эмес)
place-needs-server = Орунду сервер берет: орун суроо үчүн серверге туташып, системага кириңиз.
place-state-accepted = Сервер сурамды кабыл алды, орун кийинки шайкештирүү менен келет
place-requested-notice = Орун сурамы сакталды, ал шайкештирүүдө серверге жөнөтүлөт.

cli-sync-status = Акыркы шайкештирүү: { $last }; жөнөтүүнү күтүүдө: { $pending }; сервер кабыл алган жок: { $rejected }
cli-sync-rejected = № { $seq }: { $reason } ({ $detail })
cli-sync-done = Шайкештирилди: кабыл алынды { $accepted }, четке кагылды { $rejected }, алынган өзгөртүүлөр { $pulled }.
cli-sync-verified = Сервер менен текшерилди: ашыкча жазуулар өчүрүлдү { $removed }, жетишпегендери жүктөлдү { $fetched }.
cli-sync-password-prompt = Каттоо эсебинин сырсөзү:
