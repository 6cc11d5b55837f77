# The sync line's list of refusals: the commission's mutations and their reasons.
sync-rejected-what-member-save = Изменение в составе комиссии
sync-rejected-what-member-remove = Удаление члена комиссии
sync-rejected-what-protocol-send = Отправка протокола на подпись
sync-rejected-what-protocol-return = Возврат протокола на доработку
sync-rejected-what-protocol-sign = Подпись протокола
sync-reject-not_found = На сервере нет такой записи в вашей комиссии.
sync-reject-wrong_state = Протокол уже в другом состоянии (например, подписан или возвращён).
sync-reject-inactive_member = В протоколе указан неактивный член комиссии или человек не из её состава.
sync-reject-duplicate_protocol_number = В комиссии уже есть протокол с таким номером.
sync-reject-application_not_reviewable = Заявка не на рассмотрении комиссии или уже включена в другой неподписанный протокол.
sync-reject-not_the_sent_protocol = Подписан не тот файл, который был отправлен на подпись.
sync-reject-signature_invalid = Подпись не прошла проверку на сервере (сертификат не доверенный, не принадлежит председателю или файл изменён).
