# The place in the queue and why (the card's Information tab).

card-section-queue = Место в очереди
queue-place = Номер { $position } из { $size } в очереди этого населённого пункта и года рождения
queue-counted-benefit = Учитывается: { $kind }
queue-unverified-benefit = Заявленная льгота «{ $kind }» не учитывается, пока документы не проверены
queue-ahead-benefit = Впереди по более высокой льготе: { $count }
queue-ahead-time = Впереди с той же льготой, зарегистрированы раньше: { $count }
queue-ahead-number = Впереди с той же льготой и тем же временем, по номеру заявления: { $count }
queue-changes-title = История номера в очереди
queue-changes-empty = Номер в очереди не менялся.
queue-change = { $at }: { $before } → { $after } (перестали быть впереди: { $left }, встали впереди: { $joined })
