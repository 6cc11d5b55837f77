# The place in the queue and why (the card's Information tab).

card-section-queue = Place in the queue
queue-place = Number { $position } of { $size } in the queue of this locality and birth year
queue-counted-benefit = Counts as: { $kind }
queue-unverified-benefit = The claimed benefit “{ $kind }” does not count until its documents are verified
queue-ahead-benefit = Ahead with a higher benefit: { $count }
queue-ahead-time = Ahead with the same benefit, registered earlier: { $count }
queue-ahead-number = Ahead with the same benefit and time, by application number: { $count }
queue-changes-title = History of the queue number
queue-changes-empty = The queue number has not changed.
queue-change = { $at }: { $before } → { $after } (no longer ahead: { $left }, came ahead: { $joined })
