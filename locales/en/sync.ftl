# Sync with the server: its state, errors, the server's reasons for refusing a change, places.
# ru is the reference; every id is present in kk, ky and en.

sync-title = Sync
sync-now = Sync now
sync-running = Syncing…
sync-progress-push = Changes sent: { $items }
sync-progress-pull = Received from the server: { $items } (pages: { $steps })
sync-progress-positions = Recomputing queue numbers…
sync-last = Last sync: { $at }
sync-never = Not synced yet
sync-pending =
    { $count ->
        [one] { $count } change waits to be sent to the server
       *[other] { $count } changes wait to be sent to the server
    }

sync-error-offline = The server cannot be reached. Changes are saved and will be sent later.
sync-error-unauthorized = The session has expired. Sign in again to continue syncing.
sync-error-upgrade_needed = This version of the app does not fit the server. Update the app; changes are saved.
sync-error-forbidden = The server refused access for this account.
sync-error-server = The server had an error. Try again later.
sync-error-malformed = The server's answer was not understood. Try again later or contact the administrator.
sync-error-protocol = The server broke the sync rules. Contact the administrator.
sync-error-store = The data could not be written to this computer's database.

sync-rejected-title = Changes the server refused
sync-rejected-seen = Got it
sync-rejected-when = Made { $made_at } ({ $made_by }), refused { $decided_at }
sync-reject-unknown_mutation = The server does not know this change (update the server or the app).
sync-reject-invalid_args = The change is malformed.
sync-reject-forbidden = You may not make this change.
sync-reject-unknown_group = The server has no such group.
sync-reject-invalid_personal_number = The child's IIN/PIN is not valid.
sync-reject-no_free_place = The group has no free place: another child already holds it.
sync-reject-already_granted = The child already holds a place in this group.

place-state-pending = Waiting for the server
place-state-granted = Place granted
place-request = Request a place
place-seat = Seat { $seat }

history-action-place_requested = A place in a group was requested
history-action-place_granted = The server granted the place
history-action-place_request_rejected = The server refused the place request
history-action-rejection_seen = The server's refusal was read
history-action-sync_page_applied = Changes received from the server
history-action-sync_fetched_applied = Data restored from the server

sync-online = Connected to the server
sync-offline = No connection to the server
sync-status-unknown = Not synced yet
sync-pending-short = Waiting to be sent: { $count }
sync-rejected-open = Refused by the server: { $count }
sync-rejected-none = No refused changes.
sync-rejected-close = Close
sync-rejected-what-place = A place in group no. { $group } for the child with IIN/PIN { $child }

place-title = Places in kindergartens
place-none = No place has been requested for the child.
place-choose-group = Group
place-group-option = { $kindergarten } — { $group } (born { $year }, { $granted } of { $capacity } taken)
place-needs-server = Places are granted by the server: connect to it and sign in to request one.
place-state-accepted = The server accepted the request; the place arrives with the next sync
place-requested-notice = The place request is saved and will be sent to the server at the next sync.

cli-sync-status = Last sync: { $last }; waiting to be sent: { $pending }; refused by the server: { $rejected }
cli-sync-rejected = No. { $seq }: { $reason } ({ $detail })
cli-sync-done = Synced: { $accepted } accepted, { $rejected } refused, { $pulled } changes received.
cli-sync-verified = Checked against the server: { $removed } stray records removed, { $fetched } missing ones downloaded.
cli-sync-password-prompt = Account password:
